import type { Range } from '../2-article/index.js';

/**
 * Index of the sentence that contains `offset` (sentences sorted and disjoint), or -1: a binary search, so looking
 * up every figure and entity stays n log n on long texts.
 *
 * @example
 * sentenceAt([{ start: 0, end: 5 }, { start: 6, end: 9 }], 7) // 1
 */
export function sentenceAt(sentences: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Index of the first range starting at or after `offset` (ranges sorted by start), or `ranges.length`.
 *
 * @example
 * firstStartingFrom([{ start: 0, end: 2 }, { start: 2, end: 4 }], 1) // 1
 */
export function firstStartingFrom(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
