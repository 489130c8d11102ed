import type { Analysis } from '../../doc/analysis.js';
import type { Range } from '../2-article/index.js';
import type { EntityType, PlaceLevel } from '../../types.js';

/** One mention of a place or body the story may be about or cooperate with. */
export interface Mention extends Range {
  /** Clean name; mentions of one place or body share it. */
  name: string;
  /** Grouping key: the GB/T 2260 code when known, else the name. */
  key: string;
  type: EntityType;
  code: string | null;
  level: PlaceLevel | null;
  /** Canonical names from the province down (places only). */
  path: readonly string[];
}

/** Bodies that can be partners besides places. */
const BODY_TYPES: ReadonlySet<EntityType> = new Set(['company', 'organization', 'government']);
/** Endings that make a tagged word a place when no places stage ran: 徐汇区 is sometimes tagged as a person. */
const PLACE_ENDINGS = new Set(['省', '市', '区', '县', '州']);
const ADMIN_SUFFIXES = ['市', '省', '区', '县'];

/**
 * Place mentions in document order: the places stage's entities, or, when it found none, jieba's place-name
 * tokens (ns) as a fallback with no code, so the story still has a focus on unresolved text.
 *
 * @example
 * placeMentions(analysis)[0] // { name: '上饶市', key: '361100', type: 'place', code: '361100', level: 'city', ... }
 */
export function placeMentions(analysis: Analysis): Mention[] {
  // a place inside a company's name locates the company; it is not a mention of the place
  const places = analysis.entities.filter((e) => e.type === 'place' && e.within === undefined);
  if (places.length > 0) {
    return places
      .map((e) => ({
        start: e.start,
        end: e.end,
        name: e.name,
        key: e.code ?? e.name,
        type: e.type,
        code: e.code ?? null,
        level: e.level ?? 'other',
        path: e.path ?? [],
      }))
      .sort((a, b) => a.start - b.start);
  }
  return placeTokens(analysis);
}

/**
 * Company, organisation and government mentions in document order.
 *
 * @example
 * bodyMentions(analysis).map((m) => m.name) // ['上海临港联合发展有限公司', …]
 */
export function bodyMentions(analysis: Analysis): Mention[] {
  return analysis.entities
    .filter((e) => BODY_TYPES.has(e.type))
    .map((e) => ({ start: e.start, end: e.end, name: e.name, key: `${e.type}:${e.name}`, type: e.type, code: null, level: null, path: [] }))
    .sort((a, b) => a.start - b.start);
}

function placeTokens(analysis: Analysis): Mention[] {
  const found = analysis.tokens.filter((t) => {
    const word = analysis.text.slice(t.start, t.end);
    return word.length >= 2 && (t.pos === 'ns' || ((t.pos === 'nr' || t.pos === 'nz') && PLACE_ENDINGS.has(word[word.length - 1])));
  });
  const words = new Set(found.map((t) => analysis.text.slice(t.start, t.end)));
  // 上饶 and 上饶市 are one place: name both by the longer form when the text has it
  const fullName = (word: string) => ADMIN_SUFFIXES.map((s) => word + s).find((w) => words.has(w)) ?? word;
  return found.map((t) => {
    const name = fullName(analysis.text.slice(t.start, t.end));
    return { start: t.start, end: t.end, name, key: name, type: 'place', code: null, level: 'other', path: [] };
  });
}
