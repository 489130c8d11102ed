import { readFileSync } from 'node:fs';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import type { PlaceLevel } from '../../types.js';
import { buildTrie, type Trie } from './trie.js';

/** One place of the gazetteer: an administrative division, a zone, a macro-region or a country. */
export interface Place {
  /** Row number in the gazetteer: a stable id within one process. */
  id: number;
  /** 6-digit GB/T 2260 code; null for zones, macro-regions and countries. */
  code: string | null;
  /** Canonical full Simplified name: 上饶市, 延边朝鲜族自治州. */
  name: string;
  level: PlaceLevel;
  /** The division it belongs to (null for provinces, macro-regions, countries). */
  parent: Place | null;
  /** Canonical names from the province down, ending with this place. */
  path: string[];
  /** Short names and Traditional forms: 上饶, 上饒, 上饒市. */
  aliases: string[];
  /** Larger is better known: provinces 100, capitals 80, other cities 60, districts 30–50, zones 20–25. */
  prominence: number;
}

/** A town or street (镇/乡/街道), reported only with its county or city nearby. */
export interface Town {
  name: string;
  /** The county-level division it belongs to. */
  parent: Place;
}

/** What one surface form may name. */
export interface FormEntry {
  form: string;
  /** The places it may name; a canonical name names only the places it is the canonical name of. */
  places: Place[];
  /** Whether it is the canonical full name (上饶市) rather than a short or Traditional form (上饶). */
  canonical: boolean;
  /**
   * Mostly an ordinary word or a landmark (资源, 西湖, data/places/common-words.txt): a place only right after its
   * parent or in its full form.
   */
  common: boolean;
}

export interface Gazetteer {
  places: Place[];
  /** Every surface form (canonical names and aliases) → the places it can name; canonical forms listed first. */
  byForm: Map<string, FormEntry>;
  /** A trie of every form, its value the form's entry. */
  trie: Trie<FormEntry>;
  /**
   * The towns under a county or city, by name (built on first request for that place: 38k towns are too many
   * to index up front, and only those under a place an article names are ever looked up).
   */
  townsUnder(place: Place): ReadonlyMap<string, Town>;
}

type Row = [code: string | null, name: string, level: PlaceLevel, parent: number, aliases: string[], prominence: number];

let loaded: Gazetteer | null = null;

/**
 * The gazetteer built by scripts/build-gazetteer.ts (data/gazetteer.json), loaded once per process on first use.
 *
 * @example
 * loadGazetteer().byForm.get('上饶')!.places[0].code // '361100'
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  let data: { places: Row[]; towns: Record<string, string>; commonWords: string[] };
  try {
    data = JSON.parse(readFileSync(dataPath('gazetteer.json'), 'utf8')) as typeof data;
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', 'could not read data/gazetteer.json (run `npm run build:gazetteer`)', { cause });
  }
  const places: Place[] = [];
  const children = new Map<Place, Place[]>();
  for (const [code, name, level, parent, aliases, prominence] of data.places) {
    const up = parent >= 0 ? places[parent] : null; // the builder writes parents before children
    const path = up ? [...up.path, name] : [name];
    const place: Place = { id: places.length, code, name, level, parent: up, path, aliases, prominence };
    places.push(place);
    if (up) {
      const siblings = children.get(up);
      if (siblings) siblings.push(place);
      else children.set(up, [place]);
    }
  }
  const byForm = new Map<string, FormEntry>();
  for (const place of places) addForm(byForm, place.name, place, true);
  for (const place of places) for (const alias of place.aliases) addForm(byForm, alias, place, false);
  const townCache = new Map<Place, ReadonlyMap<string, Town>>();
  const townsUnder = (place: Place): ReadonlyMap<string, Town> => {
    let towns = townCache.get(place);
    if (towns) return towns;
    const map = new Map<string, Town>();
    const own = data.towns[place.id];
    if (own) for (const name of own.split('|')) map.set(name, { name, parent: place });
    if (place.level === 'city') {
      for (const child of children.get(place) ?? []) for (const [name, town] of townsUnder(child)) map.set(name, town);
    }
    townCache.set(place, (towns = map));
    return towns;
  };
  for (const word of data.commonWords) {
    const entry = byForm.get(word);
    if (entry) entry.common = true;
  }
  loaded = { places, byForm, trie: buildTrie(byForm), townsUnder };
  return loaded;
}

/** A canonical name outranks aliases: 吉林市 names only the city, while 吉林 may name the province or the city. */
function addForm(map: Gazetteer['byForm'], form: string, place: Place, canonical: boolean): void {
  const entry = map.get(form);
  if (!entry) map.set(form, { form, places: [place], canonical, common: false });
  else if (canonical === entry.canonical) {
    if (!entry.places.includes(place)) entry.places.push(place);
  } else if (canonical) map.set(form, { form, places: [place], canonical, common: false });
}

/**
 * Whether `ancestor` is `place` itself or one of the divisions above it.
 *
 * @example
 * const g = loadGazetteer();
 * isWithin(g.byForm.get('松江区')!.places[0], g.byForm.get('上海')!.places[0]) // true
 */
export function isWithin(place: Place, ancestor: Place): boolean {
  for (let p: Place | null = place; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
