/** Binary searches over ranges in document order (sentences, tokens, entities), shared by all stages. */
import type { Range } from '../stages/2-article/index.js';

/**
 * Index of the range that contains `offset` (ranges sorted and disjoint: sentences, people's names …), or -1: a
 * binary search, so looking up every figure and entity stays n log n on long texts.
 *
 * @example
 * rangeAt([{ start: 0, end: 5 }, { start: 6, end: 9 }], 7) // 1
 */
export function rangeAt(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else if (ranges[mid].start > offset) hi = mid - 1;
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

/**
 * Index of the first range ending after `offset` (ranges sorted and disjoint), or `ranges.length`: the token that
 * contains `offset`, or the next one.
 *
 * @example
 * firstEndingAfter([{ start: 0, end: 2 }, { start: 2, end: 5 }], 3) // 1
 */
export function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the range starting exactly at `offset` (ranges sorted and disjoint), or -1.
 *
 * @example
 * startingAt([{ start: 0, end: 2 }, { start: 2, end: 5 }], 2) // 1
 */
export function startingAt(ranges: readonly Range[], offset: number): number {
  const k = firstStartingFrom(ranges, offset);
  return k < ranges.length && ranges[k].start === offset ? k : -1;
}

/**
 * Index of the range ending exactly at `offset` (ranges sorted and disjoint), or -1.
 *
 * @example
 * endingAt([{ start: 0, end: 2 }, { start: 2, end: 5 }], 2) // 0
 */
export function endingAt(ranges: readonly Range[], offset: number): number {
  const k = firstEndingAfter(ranges, offset - 1);
  return k < ranges.length && ranges[k].end === offset ? k : -1;
}
