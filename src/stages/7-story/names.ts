import type { EntityDraft } from '../../doc/analysis.js';
import type { EntityType } from '../../types.js';

/** Enough for any article; bounds the pairwise merge on odd input. */
const MAX_NAMES = 200;

/**
 * Distinct names of one entity type in order of first mention, with abbreviations merged into the full name: a
 * name whose characters all appear in order in a longer name of the same type, starting with the same character,
 * is reported as the longer one (晶科能源 → 晶科能源股份有限公司, 上饶市科技局 ← 上饶科技局).
 *
 * @example
 * distinctNames(entities, 'company') // ['溯徕科技(上海)有限公司', '晶科能源', …]
 */
export function distinctNames(entities: readonly EntityDraft[], type: EntityType): string[] {
  const names = [...new Set(entities.filter((e) => e.type === type).map((e) => e.name))].slice(0, MAX_NAMES);
  const merged = new Map<string, string>();
  for (const name of names) {
    const full = names.find((other) => other.length > name.length && isAbbreviationOf(name, other));
    merged.set(name, full ?? name);
  }
  return [...new Set(names.map((n) => merged.get(n) ?? n))];
}

/**
 * Whether `short` abbreviates `long`: same first character, all its characters found in order in `long`.
 *
 * @example
 * isAbbreviationOf('上饶科技局', '上饶市科技局') // true
 */
export function isAbbreviationOf(short: string, long: string): boolean {
  if (short.length < 2 || short[0] !== long[0]) return false;
  let at = 0;
  for (const char of short) {
    at = long.indexOf(char, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}
