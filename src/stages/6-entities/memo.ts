/**
 * Remembered weight sums: for a tuple of feature groups that recurs (the small groups of a character take few
 * distinct combinations), the sum of their weights per tag, so a repeat costs one row copy instead of a look-up
 * per group. Direct-mapped; integer sums, so a remembered row is exactly what adding the weights again gives.
 */
import { TAG_COUNT } from './labels.js';

/** Memo lines (a power of 2). */
const LINES = 4096;

/**
 * Sums of weight rows keyed by `width` group keys.
 *
 * @example
 * const memo = new SumMemo(7);
 * let line = memo.find(keys, 0);
 * if (line < 0) { line = memo.claim(keys, 0, ~line); addTheWeights(memo.rows, line * TAG_COUNT); }
 */
export class SumMemo {
  /** Summed weights `[line * TAG_COUNT + tag]`. */
  readonly rows = new Int32Array(LINES * TAG_COUNT);
  private readonly keys: Int32Array;
  private readonly filled = new Uint8Array(LINES);

  constructor(private readonly width: number) {
    this.keys = new Int32Array(LINES * width);
  }

  /** The line remembering groups[from, from + width), or ~line (negative) of the line they would take. */
  find(groups: Uint32Array, from: number): number {
    const width = this.width;
    let h = 0;
    for (let s = from; s < from + width; s++) h = (Math.imul(h, 0x01000193) ^ groups[s]) | 0;
    const line = (h ^ (h >>> 15)) & (LINES - 1);
    if (this.filled[line] !== 1) return ~line;
    const at = line * width;
    for (let j = 0; j < width; j++) if (this.keys[at + j] !== (groups[from + j] | 0)) return ~line;
    return line;
  }

  /** Take `line` for groups[from, from + width) with its row zeroed, for the caller to add their weights into. */
  claim(groups: Uint32Array, from: number, line: number): number {
    const width = this.width;
    for (let j = 0; j < width; j++) this.keys[line * width + j] = groups[from + j] | 0;
    this.filled[line] = 1;
    this.rows.fill(0, line * TAG_COUNT, (line + 1) * TAG_COUNT);
    return line;
  }
}
