import type { TokenRange } from '../3-segment/index.js';

/** Where jieba's tokens start and end, for checking that a match is a whole word (中山大学 is not 中山). */
export interface TokenIndex {
  /** Whether a token starts at `i`. */
  startsAt(i: number): boolean;
  /** Whether a token ends at `i`. */
  endsAt(i: number): boolean;
  /** The token covering the character at `i`, or null outside the segmented sentences. */
  covering(i: number): TokenRange | null;
  /**
   * Whether `i` is a token boundary or falls inside a word jieba's HMM made up ('x', 2+ characters): it cuts rare
   * names wrongly (广丰区洋口镇 → 广丰 / 区洋 / 口镇), so such a word is no evidence against a full name.
   */
  mayCutAt(i: number): boolean;
}

/**
 * An index of the tokens of a text of length `length`, in O(length).
 *
 * @example
 * const ix = indexTokens([{ start: 0, end: 4, pos: 'nt' }], 4);
 * [ix.startsAt(0), ix.endsAt(2), ix.covering(2)?.pos] // [true, false, 'nt']
 */
export function indexTokens(tokens: readonly TokenRange[], length: number): TokenIndex {
  const cover = new Int32Array(length + 1).fill(-1);
  for (let k = 0; k < tokens.length; k++) {
    const { start, end } = tokens[k];
    for (let i = start; i < end && i < length; i++) cover[i] = k;
  }
  const tokenAt = (i: number): TokenRange | null => (i >= 0 && i < length && cover[i] >= 0 ? tokens[cover[i]] : null);
  return {
    startsAt: (i) => tokenAt(i)?.start === i,
    endsAt: (i) => tokenAt(i - 1)?.end === i,
    covering: tokenAt,
    mayCutAt(i) {
      const t = tokenAt(i);
      return t === null || t.start === i || (t.pos === 'x' && t.end - t.start > 1);
    },
  };
}
