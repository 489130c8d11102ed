/**
 * A person cut short where the name runs on into a word (葛思|迈向记者: jieba reads 迈向, "stride towards") is
 * completed from a longer mention of the same person elsewhere in the article (葛思迈).
 */
import type { Candidate } from '../candidate.js';

/** Longest person name completed from the article's other mentions. */
const LONGEST_COMPLETED_NAME = 6;

/**
 * Extend, in place, each person whose text reads on as a longer person of the article, when nothing chosen stands
 * in the way. `chosen` is in document order.
 *
 * @example
 * completeNames(text, chosen) // 葛思 at 葛思迈向记者 becomes 葛思迈 when 葛思迈 is a person elsewhere
 */
export function completeNames(text: string, chosen: Candidate[]): void {
  const names = new Set<string>();
  for (const c of chosen) if (c.type === 'person' && c.end - c.start <= LONGEST_COMPLETED_NAME) names.add(text.slice(c.start, c.end));
  chosen.forEach((c, k) => {
    if (c.type !== 'person') return;
    const limit = Math.min(k + 1 < chosen.length ? chosen[k + 1].start : text.length, c.start + LONGEST_COMPLETED_NAME);
    for (let end = limit; end > c.end; end--) {
      if (names.has(text.slice(c.start, end))) {
        c.end = end;
        return;
      }
    }
  });
}
