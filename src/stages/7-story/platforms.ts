import type { Analysis } from '../../doc/analysis.js';
import { PLATFORM_NAME_STOPS, PLATFORM_SUFFIXES } from './cues.js';
import { endingAt, firstStartingFrom, startingAt } from '../../doc/range-search.js';
import { termMatcher } from './term-matcher.js';

const suffixes = termMatcher(PLATFORM_SUFFIXES);
const stops = new Set(PLATFORM_NAME_STOPS);
/** Parts of speech a platform name is made of, read backwards from its suffix. */
const NAME_TAGS = new Set(['n', 'ns', 'nz', 'nt', 'nr', 'eng', 'vn', 'j', 'an', 'b', 'x', 'm']);
/** Parts of speech that make a name proper rather than generic (人才飞地 is a kind, 松江科技园 a place). */
const PROPER_TAGS = new Set(['ns', 'nz', 'nt', 'nr', 'eng']);
/** Tags after the suffix that show it is not the head of the name: 科创飞地管理办法. */
const COMPOUND_TAGS = new Set(['n', 'vn', 'nz']);
const MAX_NAME = 40;
/** Enough for any article; bounds the containment check on odd input. */
const MAX_PLATFORMS = 100;

/**
 * Named platforms — centres, parks, alliances, enclaves — found by their suffix (协同创新中心, 产业园, 产业联盟,
 * 飞地 …) and read back over the noun phrase before it, plus organisation entities with such a suffix. Generic
 * kinds without a proper name (人才飞地, 协同创新中心 alone) are left out; a name contained in a longer one is
 * reported once, as the longer.
 *
 * @example
 * findPlatforms(analysis) // ['长三角G60科创走廊(上饶)科技合作产业园', '长三角G60科创走廊产业联盟']
 */
export function findPlatforms(analysis: Analysis): string[] {
  const { text, tokens } = analysis;
  const found: string[] = [];

  for (const sentence of analysis.layout.sentences) {
    if (sentence.role !== 'body') continue;
    for (const hit of suffixes.find(text, sentence.start, sentence.end)) {
      const next = startingAt(tokens, hit.end);
      if (next !== -1 && COMPOUND_TAGS.has(tokens[next].pos)) continue;
      let start = hit.start;
      let proper = false;
      let openParens = 0;
      for (let i = endingAt(tokens, start); i !== -1 && hit.end - tokens[i].start <= MAX_NAME; i = endingAt(tokens, start)) {
        const word = text.slice(tokens[i].start, tokens[i].end);
        if (stops.has(word) || !NAME_TAGS.has(tokens[i].pos)) break;
        if (tokens[i].pos === 'x' || tokens[i].pos === 'm') {
          // only brackets and numbered names (长三角G60…(上饶)…) belong to a name
          if (word === ')' || word === '）') openParens++;
          else if ((word === '(' || word === '（') && openParens > 0) openParens--;
          else if (tokens[i].pos === 'x' || !/^[0-9A-Za-z]+$/.test(word)) break;
        }
        if (PROPER_TAGS.has(tokens[i].pos)) proper = true;
        start = tokens[i].start;
      }
      if (openParens > 0 || start === hit.start) continue;
      const name = text.slice(start, hit.end);
      if ((proper || hasEntityIn(analysis, start, hit.start)) && !isRegion(analysis, start, hit.end)) found.push(name);
    }
  }
  for (const e of analysis.entities) {
    if ((e.type === 'organization' || e.type === 'company') && suffixes.matchBefore(e.name, e.name.length) !== null) found.push(e.name);
  }
  return longestDistinct(found);
}

/** Whether an entity lies in [start, end): an organisation's name makes a platform name proper. */
function hasEntityIn(analysis: Analysis, start: number, end: number): boolean {
  const first = analysis.entities[firstStartingFrom(analysis.entities, start)];
  return first !== undefined && first.end <= end;
}

/** A region the places stage resolved (长江经济带, 雄安新区) is a place, not a platform; zones may be platforms. */
function isRegion(analysis: Analysis, start: number, end: number): boolean {
  const e = analysis.entities[firstStartingFrom(analysis.entities, start)];
  return e !== undefined && e.start === start && e.end === end && e.type === 'place' && e.level !== 'zone';
}

/** Distinct names in first-seen order, dropping any contained in another. */
function longestDistinct(names: readonly string[]): string[] {
  const unique = [...new Set(names)].slice(0, MAX_PLATFORMS);
  return unique.filter((name) => !unique.some((other) => other !== name && other.includes(name)));
}
