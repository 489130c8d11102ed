import { describe, expect, it } from 'vitest';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { encodeEntityLexicon, entityLexiconTrie, reliabilityBucket, RELIABILITY_BUCKETS } from '../../src/stages/6-entities/entity-lexicon.js';
import { describePiece, FEATURES_PER_CHAR, listFeatures } from '../../src/stages/6-entities/features.js';
import { MODEL_TYPES } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel, serializeModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { HOT_KINDS, SLOT } from '../../src/stages/6-entities/slots.js';
import { prepare, readJsonl, type LabelledSentence } from '../../scripts/ner/corpus.js';
import { jackknifedLexicons, lexiconPart, withEntityLexicon } from '../../scripts/ner/entity-lexicon.js';
import { pruneAndQuantise, trainPerceptron } from '../../scripts/ner/perceptron.js';
import { modelHeader } from '../../scripts/ner/train.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticJsonl } from './synthetic.js';
import { listedScores } from './helpers.js';

const GOVERNMENT = MODEL_TYPES.indexOf('government');

/** A sentence labelling `entity` (found in `text`) as `type`, with a given line hash. */
function sentence(text: string, entity: string, type: LabelledSentence['spans'][number]['type'], hash: number): LabelledSentence {
  const start = text.indexOf(entity);
  return { text, spans: [{ start, end: start + entity.length, type }], heldOut: false, hash };
}

/** A line hash whose jackknife part (of `parts`) is `part`. */
function hashInPart(part: number, parts: number, from = 1): number {
  let h = from;
  while (lexiconPart(h, parts) !== part) h++;
  return h;
}

describe('the typed entity lexicon', () => {
  it('buckets reliability by the share of occurrences labelled', () => {
    expect([0, 0.2, 0.5, 0.7, 1].map(reliabilityBucket)).toEqual([0, 0, 1, 2, 2]);
  });

  it('keeps each string with its most frequent type and reliability', () => {
    const trie = entityLexiconTrie([{ text: '国务院', type: 'government', labelled: 9, seen: 10 }]);
    expect(trie.longestAt('国务院', 0, 3)).toEqual({ start: 0, end: 3, kind: GOVERNMENT * RELIABILITY_BUCKETS + 2 });
  });

  it('gives each part a lexicon without its own sentences, and the full one all of them', () => {
    const a = hashInPart(0, 5);
    const b = hashInPart(1, 5);
    const sentences = [
      sentence('上饶市科技局发布通知。', '上饶市科技局', 'government', a),
      sentence('国务院召开常务会议。', '国务院', 'government', b),
      sentence('据国务院消息,会议召开。', '国务院', 'government', hashInPart(2, 5)),
    ];
    const lexicon = jackknifedLexicons(sentences, { parts: 5 });
    expect(lexicon.full.has('上饶市科技局')).toBe(true);
    expect(lexicon.parts[0].has('上饶市科技局')).toBe(false); // its only sentence is in part 0
    expect(lexicon.parts[1].has('上饶市科技局')).toBe(true);
    expect(lexicon.parts[1].has('国务院')).toBe(true); // labelled in part 2 as well
    // seen twice, labelled twice in the full lexicon; once each without part 1 or 2
    expect(lexicon.entries.find((e) => e.text === '国务院')).toEqual({ text: '国务院', type: 'government', labelled: 2, seen: 2 });
  });

  it('counts unlabelled occurrences against a string', () => {
    const sentences = [
      sentence('北京队获胜。', '北京', 'address', 1),
      { text: '北京天气晴。', spans: [], heldOut: false, hash: 2 },
      { text: '北京下雨。', spans: [], heldOut: false, hash: 3 },
    ];
    expect(jackknifedLexicons(sentences, { parts: 5 }).entries).toEqual([{ text: '北京', type: 'address', labelled: 1, seen: 3 }]);
  });

  it('marks the role of each character in a match, and nothing without a lexicon', () => {
    const text = '上饶市科技局发布通知';
    const [ex] = prepare([{ text, spans: [], heldOut: false, hash: 0 }], nodejiebaSegmenter(), entityLexicons());
    const entities = entityLexiconTrie([{ text: '上饶市科技局', type: 'government', labelled: 3, seen: 3 }]);
    const slot = SLOT.hot + HOT_KINDS - 1;
    const groups = (lexicon: typeof entities | null) => {
      const piece = describePiece(text, 0, text.length, ex.tokens, { ...entityLexicons(), entities: lexicon });
      return Array.from({ length: text.length }, (_, k) => piece.hot[k * HOT_KINDS + slot - SLOT.hot]);
    };
    const none = groups(null);
    expect(new Set(none).size).toBe(1);
    const hit = groups(entities);
    expect(new Set(hit.slice(1, 5)).size).toBe(1); // M roles
    expect(new Set([hit[0], hit[1], hit[5], none[0]]).size).toBe(4); // B, M, E and no match differ
    expect(hit.slice(6)).toEqual(none.slice(6));
    expect(listFeatures(describePiece(text, 0, text.length, ex.tokens, { ...entityLexicons(), entities })).length).toBe(text.length * FEATURES_PER_CHAR);
  });

  it('adds up in the grouped look-ups to the features the trainer listed, matches included', () => {
    // a small model trained with the lexicon: its weights on the new slot must land where listFeatures put them
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-lexicon-'));
    const data = join(dir, 'tiny.jsonl');
    writeFileSync(data, syntheticJsonl(200));
    const sentences = readJsonl(data).sentences.map((s, i) => ({ ...s, heldOut: false, hash: i * 7919 }));
    const lexicon = jackknifedLexicons(sentences, { parts: 5 });
    const lexicons = entityLexicons();
    const examples = withEntityLexicon(prepare(sentences, nodejiebaSegmenter(), lexicons), lexicons, (e) => lexicon.parts[lexiconPart(e.hash, 5)]);
    const { weights, scale } = pruneAndQuantise(trainPerceptron(examples, { epochs: 2, seed: 1, minCount: 1 }), 0);
    const model = parseModel(serializeModel({ ...modelHeader(weights, scale, {}), entityLexicon: encodeEntityLexicon(lexicon.entries) }, weights));
    expect(model.entities?.has(lexicon.entries[0].text)).toBe(true);
    const withLexicon = { ...lexicons, entities: model.entities };
    const ex = examples[0];
    const n = ex.text.length;
    const listed = listFeatures(describePiece(ex.text, 0, n, ex.tokens, withLexicon));
    const expected = listedScores(model, listed, n);
    const grouped = model.emissions(describePiece(ex.text, 0, n, ex.tokens, withLexicon));
    grouped.forEach((score, j) => expect(score).toBeCloseTo(expected[j], 3));
    // callers pass the shipped lexicons; the model still reads its own
    expect(modelSpans(model, lexicons, ex.text, 0, n, ex.tokens)).toEqual(modelSpans(model, withLexicon, ex.text, 0, n, ex.tokens));
  });
});
