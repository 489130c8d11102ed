/**
 * A place written right before a company or body name is part of it (组建上饶市兴新科创发展集团: the registered
 * name is 上饶市兴新科创发展集团), so a model span that starts just after a place grows to take it in.
 */
import type { EntityContext } from '../candidate.js';
import { tokenIndexAt } from '../tokens.js';

/** First letters of jieba's tags for verbs, adverbs, conjunctions, prepositions, pronouns and particles. */
const FUNCTION_POS = new Set(['v', 'd', 'c', 'p', 'r', 'u']);

/**
 * The start of a name at `start` once an adjacent place before it (not before `floor`) is taken in.
 *
 * @example
 * withPlacePrefix(context, text.indexOf('兴新'), 0) // index of 上饶市 in 组建上饶市兴新科创发展集团
 */
export function withPlacePrefix(context: EntityContext, start: number, floor: number): number {
  const { text, tokens, lexicons, placeEnds } = context;
  const k = tokenIndexAt(tokens, start - 1);
  const tok = tokens[k];
  if (!tok || tok.end !== start || tok.start < floor) return start;
  // a word the lexicon knows as a place's short form but jieba reads as a verb or function word is none (比如县's 比如)
  const lexical = FUNCTION_POS.has(tok.pos[0]) ? null : lexicons.places.longestAt(text, tok.start, start);
  const isPlace = placeEnds.get(tok.start) === start || (lexical !== null && lexical.end === start);
  return isPlace ? tok.start : start;
}
