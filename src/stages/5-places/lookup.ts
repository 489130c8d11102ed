import { describeValue, ZhnewsError } from '../../errors.js';
import type { PlaceLevel } from '../../types.js';
import { normalize } from '../1-normalize/index.js';
import { loadGazetteer } from './gazetteer.js';

/** A gazetteer place as plain data, for callers and other stages. */
export interface PlaceInfo {
  /** Canonical full Simplified name. */
  name: string;
  /** 6-digit GB/T 2260 code; null for zones, macro-regions and countries. */
  code: string | null;
  level: PlaceLevel;
  /** Canonical names from the province down. */
  path: string[];
  /** Larger is better known (provinces 100, capitals 80, cities 60, districts 30–50). */
  prominence: number;
}

/**
 * The places a name can stand for — canonical, short or Traditional, Simplified or not — best known first.
 *
 * @example
 * lookupPlace('鼓楼区').map((p) => p.path.join('/'))
 * // ['江苏省/南京市/鼓楼区', '福建省/福州市/鼓楼区', '江苏省/徐州市/鼓楼区', '河南省/开封市/鼓楼区']
 * lookupPlace('上饒')[0].code // '361100'
 */
export function lookupPlace(name: string): PlaceInfo[] {
  if (typeof name !== 'string') {
    throw new ZhnewsError('E_INPUT_TYPE', `lookupPlace() needs a string, got ${describeValue(name)}`);
  }
  const { byForm } = loadGazetteer();
  // stored forms first; else the normalised form (full-width, variants, any Traditional spelling OpenCC knows)
  const entry = byForm.get(name.trim()) ?? byForm.get(normalize(name).text.trim());
  if (!entry) return [];
  return [...entry.places]
    .sort((a, b) => b.prominence - a.prominence || (a.code ?? '').localeCompare(b.code ?? ''))
    .map((p) => ({ name: p.name, code: p.code, level: p.level, path: [...p.path], prominence: p.prominence }));
}

let names: ReadonlySet<string> | null = null;

/**
 * Every form the gazetteer knows (canonical names, short names, Traditional forms), for features and look-ups.
 *
 * @example
 * placeNames().has('松江') // true
 */
export function placeNames(): ReadonlySet<string> {
  names ??= new Set(loadGazetteer().byForm.keys());
  return names;
}
