import type { Summary } from '../../types.js';
import type { Mention } from './mentions.js';

/**
 * The places of the story with how often each is mentioned, most mentioned first (ties in order of first mention).
 *
 * @example
 * countPlaces(placeMentions(analysis))[0] // { name: '上饶市', code: '361100', level: 'city', mentions: 14 }
 */
export function countPlaces(places: readonly Mention[]): Summary['places'] {
  const byKey = new Map<string, Summary['places'][number]>();
  for (const m of places) {
    const seen = byKey.get(m.key);
    if (seen) seen.mentions++;
    else byKey.set(m.key, { name: m.name, code: m.code, level: m.level ?? 'other', mentions: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.mentions - a.mentions);
}
