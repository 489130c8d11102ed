/**
 * Labelled sentences for training and evaluating the entity model: CLUENER-format JSONL read, normalised the way
 * analyze() normalises text, segmented with the project's segmenter, and split into train / held-out by a fixed
 * hash of each line (so the split never changes between runs or machines).
 */
import { readFileSync } from 'node:fs';
import { normalize } from '../../src/stages/1-normalize/index.js';
import { segment, type Segmenter, type TokenRange } from '../../src/stages/3-segment/index.js';
import { describePiece, listFeatures } from '../../src/stages/6-entities/features.js';
import { MERGED_TYPES, MODEL_TYPES, type ModelType, type TypedSpan } from '../../src/stages/6-entities/labels.js';
import type { EntityLexicons } from '../../src/stages/6-entities/lexicons.js';

export interface LabelledSentence {
  text: string;
  spans: TypedSpan[];
  heldOut: boolean;
  /** FNV-1a of the raw JSONL line: the held-out split and cross-validation folds both derive from it. */
  hash: number;
}

export interface Example extends LabelledSentence {
  tokens: TokenRange[];
  /** FEATURES_PER_CHAR features per character, each `group · 64 + slot` (listFeatures). */
  keys: Float64Array;
}

export interface ReadReport {
  sentences: LabelledSentence[];
  /** Lines skipped because normalisation changed their length (labels would no longer line up). */
  skipped: number;
  /** Labels of types the model does not know, ignored. */
  unknownTypes: Set<string>;
}

/**
 * 32-bit FNV-1a of a string's UTF-16 units.
 *
 * @example
 * fnv1a('') // 2166136261
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Whether a JSONL line belongs to the held-out split: FNV-1a(line) mod 10 === 0 (about 10%).
 *
 * @example
 * isHeldOut('{"text": "..."}') // true or false, the same on every run
 */
export function isHeldOut(line: string): boolean {
  return fnv1a(line) % 10 === 0;
}

/**
 * Cross-validation fold (0…folds−1) of a training line, from the same hash as the held-out split but from its
 * higher digits (hash / 10), so the folds are independent of which lines are held out.
 *
 * @example
 * foldOf(sentence.hash, 3) // 0, 1 or 2, the same on every run
 */
export function foldOf(hash: number, folds: number): number {
  return Math.floor(hash / 10) % folds;
}

/**
 * Read CLUENER JSONL: `{"text": ..., "label": {TYPE: {ENTITY: [[start, endInclusive], ...]}}}` per line; book,
 * game, movie and scene labels become `other`.
 *
 * @example
 * readJsonl('../shared/data/cluener/train.jsonl').sentences.length // 10748
 */
export function readJsonl(path: string): ReadReport {
  const sentences: LabelledSentence[] = [];
  const unknownTypes = new Set<string>();
  let skipped = 0;
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const record = parseRecord(line, `${path}:${index + 1}`);
    const text = normalize(record.text).text;
    if (text.length !== record.text.length) {
      skipped++;
      continue;
    }
    const spans: TypedSpan[] = [];
    for (const [label, entities] of Object.entries(record.label ?? {})) {
      const type = MERGED_TYPES[label] ?? label;
      if (!(MODEL_TYPES as readonly string[]).includes(type)) {
        unknownTypes.add(label);
        continue;
      }
      for (const ranges of Object.values(entities)) {
        for (const [start, last] of ranges) spans.push({ start, end: last + 1, type: type as ModelType });
      }
    }
    spans.sort((a, b) => a.start - b.start);
    sentences.push({ text, spans, heldOut: isHeldOut(line), hash: fnv1a(line) });
  }
  return { sentences, skipped, unknownTypes };
}

/**
 * Segment each sentence and compute its feature keys.
 *
 * @example
 * prepare(readJsonl(path).sentences, nodejiebaSegmenter(), entityLexicons())[0].keys.length
 */
export function prepare(sentences: readonly LabelledSentence[], segmenter: Segmenter, lexicons: EntityLexicons): Example[] {
  return sentences.map((s) => {
    const whole = [{ start: 0, end: s.text.length }];
    const tokens = segment(s.text, whole, segmenter);
    return { ...s, tokens, keys: listFeatures(describePiece(s.text, 0, s.text.length, tokens, lexicons)) };
  });
}

interface LabelledLine {
  text: string;
  label?: Record<string, Record<string, [number, number][]>>;
}

/** One JSONL line, or an error naming the file and line. */
function parseRecord(line: string, where: string): LabelledLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not JSON`);
  }
  if (typeof record !== 'object' || record === null || typeof (record as LabelledLine).text !== 'string') {
    throw new Error(`${where}: expected {"text": string, "label": {...}}`);
  }
  return record as LabelledLine;
}
