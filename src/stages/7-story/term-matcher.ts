import type { Range } from '../2-article/index.js';

export interface TermHit extends Range {
  term: string;
}

/** Finds literal terms in a text; built once per table. */
export interface TermMatcher {
  /** Non-overlapping hits in [from, to), longest term first at each position, left to right. */
  find(text: string, from?: number, to?: number): TermHit[];
  /** The longest term that starts exactly at `at` and ends by `to`, or null. */
  matchAt(text: string, at: number, to?: number): string | null;
  /** The longest term that ends exactly at `at` and starts at or after `from`, or null. */
  matchBefore(text: string, at: number, from?: number): string | null;
}

/**
 * A matcher for a table of literal terms (cue words, lexicon entries). Terms are bucketed by their first and last
 * character, so a scan costs the text's length times the few terms sharing a character: linear, no backtracking.
 *
 * @example
 * termMatcher(['产业', '产业园']).find('建设产业园').map((h) => h.term) // ['产业园']
 */
export function termMatcher(terms: Iterable<string>): TermMatcher {
  // keyed by code unit, not by one-character string: text[i] of a Han character allocates a string every call
  const byFirst = new Map<number, string[]>();
  const byLast = new Map<number, string[]>();
  for (const term of new Set(terms)) {
    if (term.length === 0) continue;
    push(byFirst, term.charCodeAt(0), term);
    push(byLast, term.charCodeAt(term.length - 1), term);
  }
  for (const bucket of [...byFirst.values(), ...byLast.values()]) bucket.sort((a, b) => b.length - a.length);

  const matchAt = (text: string, at: number, to = text.length): string | null => {
    const bucket = byFirst.get(text.charCodeAt(at));
    if (bucket === undefined) return null;
    for (const term of bucket) {
      if (at + term.length <= to && text.startsWith(term, at)) return term;
    }
    return null;
  };
  return {
    matchAt,
    matchBefore(text, at, from = 0) {
      const bucket = byLast.get(text.charCodeAt(at - 1));
      if (bucket === undefined) return null;
      for (const term of bucket) {
        if (at - term.length >= from && text.startsWith(term, at - term.length)) return term;
      }
      return null;
    },
    find(text, from = 0, to = text.length) {
      const hits: TermHit[] = [];
      for (let i = from; i < to; ) {
        const term = matchAt(text, i, to);
        if (term) {
          hits.push({ term, start: i, end: i + term.length });
          i += term.length;
        } else i++;
      }
      return hits;
    },
  };
}

function push(map: Map<number, string[]>, key: number, term: string): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(term);
  else map.set(key, [term]);
}
