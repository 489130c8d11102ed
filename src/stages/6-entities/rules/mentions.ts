/**
 * Later mentions of names an article has already given: every occurrence of a name that sits on the segmenter's
 * word edges (so 晶科 in 晶科技 is not one) and that no chosen entity covers yet.
 */
import type { Candidate, EntityContext } from '../candidate.js';
import { tokenIndexAt } from '../tokens.js';

/** What a found mention becomes: a candidate without its place. */
export type MentionOf = Omit<Candidate, 'start' | 'end'>;

/**
 * The uncovered, word-aligned occurrences of each text in `names`, as the candidates they map to, in document
 * order; where two names meet in one place the first, longest stands.
 *
 * @example
 * otherMentions(context, chosen, new Map([['晶科', { type: 'company', … }]])) // each later 晶科 no entity covers
 */
export function otherMentions(context: EntityContext, chosen: readonly Candidate[], names: ReadonlyMap<string, MentionOf>): Candidate[] {
  const { text, tokens } = context;
  const covered = chosen.map((c) => [c.start, c.end] as const).sort((a, b) => a[0] - b[0]);
  const found: Candidate[] = [];
  for (const [name, mention] of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!onTokenEdges(tokens, at, end) || overlaps(covered, at, end)) continue;
      found.push({ ...mention, start: at, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const added: Candidate[] = [];
  for (const c of found) if (added.length === 0 || added[added.length - 1].end <= c.start) added.push(c);
  return added;
}

function onTokenEdges(tokens: EntityContext['tokens'], start: number, end: number): boolean {
  const first = tokens[tokenIndexAt(tokens, start)];
  const last = tokens[tokenIndexAt(tokens, end - 1)];
  return first !== undefined && last !== undefined && first.start === start && last.end === end;
}

/** Whether [start, end) overlaps any of the sorted ranges (binary search). */
function overlaps(ranges: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] < end) lo = mid + 1;
    else hi = mid;
  }
  // ranges[0..lo) start before `end`; chosen ranges never overlap each other, so only the last can reach `start`
  return lo > 0 && ranges[lo - 1][1] > start;
}
