import type { Analysis } from '../../doc/analysis.js';
import { startingAt } from '../../doc/range-search.js';
import type { PlaceLevel } from '../../types.js';
import { isClauseEnd } from './clauses.js';
import type { Mention } from './mentions.js';

/** Weights of the focus score; tune here. */
export const FOCUS_WEIGHTS = {
  mention: 1,
  title: 3,
  lede: 1.5,
  /** The place opens a clause and a verb, adverb or preposition follows: 上饶坚持…, 上饶还以… */
  subject: 2,
  /** A mention of a place inside it (上饶经开区 in 上饶市) counts this much for it. */
  child: 0.5,
  /** Below this score no place is the focus. */
  minimum: 2,
} as const;

/** How likely a place of each level is to be what a regional story is about. */
const LEVEL_WEIGHT: Record<PlaceLevel, number> = {
  city: 1,
  district: 1,
  town: 0.8,
  zone: 0.8,
  other: 0.7,
  province: 0.7,
  'macro-region': 0.5,
  country: 0.2,
};

/** Parts of speech that, right after a place, make it the subject of its clause. */
const PREDICATE_TAGS = new Set(['v', 'vn', 'd', 'p', 'c', 'vd', 'ad']);

/**
 * The place the story is about, weighed by title, lede, subject position and frequency, and the score of every
 * place (by key) for callers that want the runners-up.
 *
 * @example
 * findFocus(analysis, placeMentions(analysis)).focus?.name // '上饶市'
 */
export function findFocus(analysis: Analysis, places: readonly Mention[]): { focus: Mention | null; scores: Map<string, number> } {
  const scores = new Map<string, number>();
  const first = new Map<string, Mention>();
  const add = (key: string, points: number) => scores.set(key, (scores.get(key) ?? 0) + points);
  const { sentences, paragraphs } = analysis.layout;
  const ledeParagraph = paragraphs.findIndex((p) => p.role === 'body');

  let s = 0;
  for (const m of places) {
    while (s < sentences.length && sentences[s].end <= m.start) s++;
    const sentence = sentences[s];
    let points = FOCUS_WEIGHTS.mention;
    if (sentence?.role === 'title') points += FOCUS_WEIGHTS.title;
    if (sentence && sentence.paragraph === ledeParagraph) points += FOCUS_WEIGHTS.lede;
    if (isClauseEnd(analysis.text[m.start - 1]) && PREDICATE_TAGS.has(posStartingAt(analysis, m.end))) points += FOCUS_WEIGHTS.subject;
    add(m.key, points * LEVEL_WEIGHT[m.level ?? 'other']);
    if (!first.has(m.key)) first.set(m.key, m);
  }
  // a mention of a place inside another (by path) also speaks for the outer one, when that one is mentioned
  const byName = new Map([...first.values()].map((m) => [m.name, m.key]));
  for (const m of places) {
    for (const ancestor of m.path.slice(0, -1)) {
      const key = byName.get(ancestor);
      if (key !== undefined && key !== m.key) add(key, FOCUS_WEIGHTS.child);
    }
  }

  let best: string | null = null;
  for (const [key, score] of scores) if (best === null || score > (scores.get(best) ?? 0)) best = key;
  const focus = best !== null && (scores.get(best) ?? 0) >= FOCUS_WEIGHTS.minimum ? (first.get(best) ?? null) : null;
  return { focus, scores };
}

/** Part-of-speech tag of the token starting at `offset`, or ''. */
function posStartingAt(analysis: Analysis, offset: number): string {
  const k = startingAt(analysis.tokens, offset);
  return k === -1 ? '' : analysis.tokens[k].pos;
}
