/**
 * Exact rational numbers on BigInt, so that 16.4亿 is 1640000000 and not 1639999999.9999998: figures are
 * built from digit strings and multipliers without ever touching floating point until the very end.
 */

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An exact fraction `num / den` with `den > 0`, kept in lowest terms.
 *
 * @example
 * Rational.fromDecimal('16.4').times(Rational.pow10(8)).toValue() // 1640000000
 */
export class Rational {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** @example Rational.of(3).toValue() // 3 */
  static of(n: number | bigint, d: number | bigint = 1): Rational {
    return Rational.make(BigInt(n), BigInt(d));
  }

  /** A decimal written with ASCII digits and at most one point: '1,100.9' is not accepted, '1100.9' is. @example Rational.fromDecimal('.5').toValue() // 0.5 */
  static fromDecimal(digits: string): Rational {
    const point = digits.indexOf('.');
    if (point === -1) return new Rational(BigInt(digits || '0'), 1n);
    const whole = digits.slice(0, point) + digits.slice(point + 1);
    return Rational.make(BigInt(whole || '0'), 10n ** BigInt(digits.length - point - 1));
  }

  /** 10^k for any integer k. @example Rational.pow10(-2).toValue() // 0.01 */
  static pow10(k: number): Rational {
    return k >= 0 ? new Rational(10n ** BigInt(k), 1n) : new Rational(1n, 10n ** BigInt(-k));
  }

  private static make(num: bigint, den: bigint): Rational {
    if (den === 0n) throw new RangeError('division by zero');
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return g > 1n ? new Rational(num / g, den / g) : new Rational(num, den);
  }

  plus(o: Rational): Rational {
    return Rational.make(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  times(o: Rational): Rational {
    return Rational.make(this.num * o.num, this.den * o.den);
  }

  /** this / o, or null when o is zero. */
  over(o: Rational): Rational | null {
    return o.num === 0n ? null : Rational.make(this.num * o.den, this.den * o.num);
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** this^k for a small integer k (callers bound k). */
  pow(k: number): Rational | null {
    if (k < 0) return this.num === 0n ? null : new Rational(this.den ** BigInt(-k), this.num ** BigInt(-k)).normalised();
    return new Rational(this.num ** BigInt(k), this.den ** BigInt(k));
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  compare(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }

  /**
   * The public value: a number when a double holds it exactly (or it is a non-terminating fraction, which no
   * string would hold either), else the exact decimal string.
   *
   * @example
   * Rational.fromDecimal('4.78').times(Rational.pow10(12)).toValue() // 4780000000000
   * Rational.of(10n ** 20n).toValue() // '100000000000000000000'
   */
  toValue(): number | string {
    const exact = this.toDecimalString();
    if (exact === null) return Number(this.num) / Number(this.den);
    const whole = this.num / this.den;
    if ((whole < 0n ? -whole : whole) > MAX_SAFE) return exact;
    return Number(exact);
  }

  /** The exact decimal expansion when the fraction terminates (den = 2^a·5^b), else null. */
  toDecimalString(): string | null {
    let d = this.den;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d !== 1n) return null;
    const places = Math.max(twos, fives);
    const scaled = (this.num * 10n ** BigInt(places)) / this.den;
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    let cut = digits.length;
    while (cut > digits.length - places && digits.charCodeAt(cut - 1) === 0x30) cut--; // trailing zeros
    const fraction = digits.slice(digits.length - places, cut);
    return (negative ? '-' : '') + whole + (fraction ? `.${fraction}` : '');
  }

  private normalised(): Rational {
    return Rational.make(this.num, this.den);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}
