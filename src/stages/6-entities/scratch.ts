/**
 * Grow-only typed-array buffers reused across sentences, so decoding allocates nothing per sentence once warm.
 * Each buffer belongs to one caller in this stage; decoding is synchronous, so no two calls share one at a time.
 */

/**
 * A typed array that is handed out at least `length` long, reallocated (doubling) only when too short. Contents
 * are left from the previous use: callers clear what they read before writing.
 *
 * @example
 * const buffer = new Scratch((n) => new Float64Array(n));
 * buffer.get(100).length >= 100 // true
 */
export class Scratch<A extends { length: number }> {
  private array: A;

  constructor(private readonly make: (length: number) => A) {
    this.array = make(256);
  }

  /** A buffer of at least `length` elements. */
  get(length: number): A {
    if (this.array.length < length) this.array = this.make(Math.max(length, this.array.length * 2));
    return this.array;
  }
}
