/**
 * The typed entity lexicon: entity strings seen labelled in training sentences, each with the type it was most
 * often labelled and how reliably the string is that type (the share of its occurrences labelled so, bucketed).
 * The model reads each character's role in a greedy longest match of it (features.ts). The trainer builds it
 * (scripts/ner/entity-lexicon.ts) and gives each training sentence a lexicon built without that sentence
 * (jackknifed), so the weights learn how far a match can be trusted on text the lexicon has not seen.
 */
import { MODEL_TYPES, type ModelType } from './labels.js';
import { Trie } from './trie.js';

/** Reliability buckets of an entry: the share of the string's occurrences labelled as its type. */
export const RELIABILITY_BUCKETS = 3;
/** Lower edges of buckets 1 … RELIABILITY_BUCKETS − 1. */
const BUCKET_EDGES = [0.34, 0.67];

/** One string of the lexicon. */
export interface EntityLexiconEntry {
  text: string;
  type: ModelType;
  /** Times the string was labelled as `type`. */
  labelled: number;
  /** Times the string occurs in the sentences the lexicon was built from, labelled or not. */
  seen: number;
}

/**
 * The reliability bucket of a share in [0, 1].
 *
 * @example
 * reliabilityBucket(0.9) // 2
 */
export function reliabilityBucket(share: number): number {
  let bucket = 0;
  while (bucket < BUCKET_EDGES.length && share >= BUCKET_EDGES[bucket]) bucket++;
  return bucket;
}

/**
 * The trie the features scan: each entry's kind is type index · RELIABILITY_BUCKETS + bucket.
 *
 * @example
 * entityLexiconTrie([{ text: '国务院', type: 'government', labelled: 9, seen: 10 }]).longestAt('国务院', 0, 3)
 * // { start: 0, end: 3, kind: 2 * RELIABILITY_BUCKETS + 2 }
 */
export function entityLexiconTrie(entries: Iterable<EntityLexiconEntry>): Trie {
  const rows: [string, number][] = [];
  for (const e of entries) rows.push([e.text, entryKind(e)]);
  return new Trie(rows);
}

/** An entry's trie kind: type index · RELIABILITY_BUCKETS + bucket. */
function entryKind(e: EntityLexiconEntry): number {
  const share = e.seen > 0 ? Math.min(1, e.labelled / e.seen) : 1;
  return MODEL_TYPES.indexOf(e.type) * RELIABILITY_BUCKETS + reliabilityBucket(share);
}

/**
 * The lexicon as the model file keeps it (header field `entityLexicon`): `text<TAB>kind` lines, kinds as the trie
 * numbers them, so a model always reads the lexicon it was trained with.
 *
 * @example
 * encodeEntityLexicon([{ text: '国务院', type: 'government', labelled: 9, seen: 10 }]) // '国务院\t8'
 */
export function encodeEntityLexicon(entries: Iterable<EntityLexiconEntry>): string {
  const lines: string[] = [];
  for (const e of entries) lines.push(`${e.text}\t${entryKind(e)}`);
  return lines.join('\n');
}

/**
 * The trie of an encoded lexicon.
 *
 * @example
 * decodeEntityLexicon('国务院\t8').longestAt('国务院', 0, 3) // { start: 0, end: 3, kind: 8 }
 */
export function decodeEntityLexicon(encoded: string): Trie {
  const rows: [string, number][] = [];
  for (const line of encoded.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) rows.push([line.slice(0, tab), Number(line.slice(tab + 1))]);
  }
  return new Trie(rows);
}
