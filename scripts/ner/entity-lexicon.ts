/**
 * The typed entity lexicon from labelled sentences, jackknifed: the sentences are split into parts by a hash, and
 * each part's features read a lexicon built from the other parts only, so a training sentence never finds its own
 * labels in it — as a new sentence will not. Without this the model would learn that a lexicon match is always
 * right (every training entity is in the lexicon) and lean on it blindly. At inference, and for a cross-validation
 * fold's test sentences, the lexicon of all the training sentences is used.
 */
import { entityLexiconTrie, type EntityLexiconEntry } from '../../src/stages/6-entities/entity-lexicon.js';
import { describePiece, listFeatures } from '../../src/stages/6-entities/features.js';
import { MODEL_TYPES } from '../../src/stages/6-entities/labels.js';
import type { EntityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { Trie } from '../../src/stages/6-entities/trie.js';
import type { Example, LabelledSentence } from './corpus.js';

export interface EntityLexiconOptions {
  /** Jackknife parts (5: each part's lexicon is built from 80% of the sentences). */
  parts: number;
  /** Strings shorter than this are left out: single characters (市, 局) say more as characters than as entities. */
  minLength?: number;
  /** ...and longer ones: they rarely recur. */
  maxLength?: number;
  /** Times a string must be labelled as its type to enter the lexicon. */
  minCount?: number;
}

export interface JackknifedLexicons {
  /** Built from all the sentences: for text outside them (a test fold, or use). */
  full: Trie;
  /** parts[p] is built from the sentences not in part p. */
  parts: Trie[];
  /** The entries of `full`, for inspection and for writing a lexicon file. */
  entries: EntityLexiconEntry[];
}

/**
 * Jackknife part (0…parts−1) of a sentence, from its line hash mixed so that the part is independent of the
 * held-out split (hash mod 10) and of the cross-validation folds (hash / 10 mod k).
 *
 * @example
 * lexiconPart(sentence.hash, 5) // 0…4, the same on every run
 */
export function lexiconPart(hash: number, parts: number): number {
  return (Math.imul(hash ^ 0x5bd1e995, 0x9e3779b1) >>> 16) % parts;
}

/**
 * The lexicon of all `sentences` and, for each jackknife part, the lexicon of the other parts' sentences.
 *
 * @example
 * const lexicon = jackknifedLexicons(trainSentences, { parts: 5 });
 * lexicon.full.has('国务院') // true when it was labelled in them
 */
export function jackknifedLexicons(sentences: readonly LabelledSentence[], options: EntityLexiconOptions): JackknifedLexicons {
  const { parts, minLength = 2, maxLength = 20, minCount = 1 } = options;
  const T = MODEL_TYPES.length;
  // labelled counts per string, type and part
  const index = new Map<string, number>();
  const strings: string[] = [];
  const labelled: number[][] = [];
  const partOf = sentences.map((s) => lexiconPart(s.hash, parts));
  sentences.forEach((s, i) => {
    for (const span of s.spans) {
      const length = span.end - span.start;
      if (length < minLength || length > maxLength) continue;
      const text = s.text.slice(span.start, span.end);
      let id = index.get(text);
      if (id === undefined) {
        index.set(text, (id = strings.length));
        strings.push(text);
        labelled.push(new Array(parts * T).fill(0));
      }
      labelled[id][partOf[i] * T + MODEL_TYPES.indexOf(span.type)]++;
    }
  });
  // occurrences of each string per part, labelled or not, overlapping ones included
  const all = new Trie(strings.map((text, id) => [text, id] as const));
  const seen = strings.map(() => new Array<number>(parts).fill(0));
  sentences.forEach((s, i) => {
    for (let start = 0; start < s.text.length; start++) all.eachAt(s.text, start, s.text.length, (_, id) => seen[id][partOf[i]]++);
  });

  /** The entries built from the parts `use` accepts. */
  const build = (use: (part: number) => boolean): EntityLexiconEntry[] => {
    const entries: EntityLexiconEntry[] = [];
    strings.forEach((text, id) => {
      const byType = new Array<number>(T).fill(0);
      let occurrences = 0;
      for (let p = 0; p < parts; p++) {
        if (!use(p)) continue;
        occurrences += seen[id][p];
        for (let t = 0; t < T; t++) byType[t] += labelled[id][p * T + t];
      }
      let best = 0;
      for (let t = 1; t < T; t++) if (byType[t] > byType[best]) best = t;
      if (byType[best] < minCount) return;
      entries.push({ text, type: MODEL_TYPES[best], labelled: byType[best], seen: occurrences });
    });
    return entries;
  };
  const entries = build(() => true);
  return {
    full: entityLexiconTrie(entries),
    parts: Array.from({ length: parts }, (_, p) => entityLexiconTrie(build((q) => q !== p))),
    entries,
  };
}

/**
 * Examples with their feature keys recomputed with an entity lexicon each (`lexiconOf` picks it per example).
 *
 * @example
 * const train = withEntityLexicon(examples, lexicons, (e) => jackknifed.parts[lexiconPart(e.hash, 5)]);
 */
export function withEntityLexicon(examples: readonly Example[], lexicons: EntityLexicons, lexiconOf: (e: Example) => Trie): Example[] {
  return examples.map((e) => {
    const withLexicon = { ...lexicons, entities: lexiconOf(e) };
    return { ...e, keys: listFeatures(describePiece(e.text, 0, e.text.length, e.tokens, withLexicon)) };
  });
}
