/**
 * A place written right before a company or body name is part of it (组建上饶市兴新科创发展集团: the registered
 * name is 上饶市兴新科创发展集团), so a model span that starts just after a place grows to take it in.
 */
import type { EntityContext } from '../candidate.js';
import { lexiconPlaceEnd } from '../filters.js';
import { tokenIndexAt } from '../tokens.js';

/**
 * The start of a name at `start` once an adjacent place before it (not before `floor`) is taken in.
 *
 * @example
 * withPlacePrefix(context, text.indexOf('兴新'), 0) // index of 上饶市 in 组建上饶市兴新科创发展集团
 */
export function withPlacePrefix(context: EntityContext, start: number, floor: number): number {
  const { tokens, placeEnds } = context;
  const k = tokenIndexAt(tokens, start - 1);
  const tok = tokens[k];
  if (!tok || tok.end !== start || tok.start < floor) return start;
  const isPlace = placeEnds.get(tok.start) === start || lexiconPlaceEnd(context, tok.start, start) === start;
  return isPlace ? tok.start : start;
}
