import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/resources/paths.js';
import { describePiece, FEATURES_PER_CHAR, listFeatures } from '../../src/stages/6-entities/features.js';
import { TAG_COUNT } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { Scratch } from '../../src/stages/6-entities/scratch.js';
import { analysisOf, listedScores } from './helpers.js';

const bytes = readFileSync(dataPath('ner-model.bin'));
const SENTENCES = [
  '江西省上饶市科技局局长王建国表示，晶科能源将在上海设立研发中心。',
  '溯徕科技(上海)有限公司',
  '国务院',
  '上饶经济技术开发区管委会与浙江大学签署合作协议，华东数字医疗发展中心落户上饶。'.repeat(8),
  '他说。',
];

/** The model's spans of a sentence, decoded by `model`. */
function spansOf(model: ReturnType<typeof parseModel>, sentence: string) {
  const a = analysisOf(sentence);
  return modelSpans(model, entityLexicons(), a.text, 0, a.text.length, a.tokens);
}

describe('decoding with reused buffers and remembered weight sums', () => {
  it.each(SENTENCES.map((s, i) => [i, s] as const))(
    'sentence %i decodes the same after other sentences as in a fresh model',
    (_, sentence) => {
      const warm = parseModel(bytes);
      for (const other of [...SENTENCES].reverse()) spansOf(warm, other); // fill buffers and memo with others
      expect(spansOf(warm, sentence)).toEqual(spansOf(parseModel(bytes), sentence));
    },
  );

  it('gives the same emissions from the memo as from adding the weights', () => {
    const model = parseModel(bytes);
    const a = analysisOf(SENTENCES[0]);
    const n = a.text.length;
    const first = Array.from(model.emissions(describePiece(a.text, 0, n, a.tokens, entityLexicons()))); // memo empty
    const again = Array.from(model.emissions(describePiece(a.text, 0, n, a.tokens, entityLexicons()))); // memo warm
    expect(again).toEqual(first);
    expect(first.length).toBe(n * TAG_COUNT);
  });

  it('writes features into a given buffer exactly as into a new one', () => {
    const a = analysisOf(SENTENCES[1]);
    const n = a.text.length;
    const into = new Float64Array(n * FEATURES_PER_CHAR + 5).fill(7);
    const own = Array.from(listFeatures(describePiece(a.text, 0, n, a.tokens, entityLexicons())));
    const reused = listFeatures(describePiece(a.text, 0, n, a.tokens, entityLexicons()), into);
    expect(Array.from(reused.subarray(0, n * FEATURES_PER_CHAR))).toEqual(own);
  });
});

describe('grouped look-ups add up to the features the trainer listed', () => {
  // the recogniser looks each group up once and places its slots' weights; the trainer learned one row per
  // (group, slot) of each character: both must give every character the same scores
  it.each([
    ...SENTENCES.map((s) => [s, true] as const),
    ['OpenAI与Microsoft在2024年签约,特斯拉上海超级工厂二期投产。', true] as const,
    ['没有分词的句子也要有特征', false] as const,
  ])('%s (segmented: %s)', (sentence, segmented) => {
    const model = parseModel(bytes);
    const a = analysisOf(sentence);
    const n = a.text.length;
    const tokens = segmented ? a.tokens : [];
    const listed = Array.from(listFeatures(describePiece(a.text, 0, n, tokens, entityLexicons())));
    const expected = listedScores(model, listed, n);
    const grouped = model.emissions(describePiece(a.text, 0, n, tokens, entityLexicons()));
    grouped.forEach((score, j) => expect(score).toBeCloseTo(expected[j], 3));
  });
});

describe('Scratch', () => {
  it.each([
    [10, 256],
    [300, 300],
    [1000, 1000],
  ])('hands out at least %i elements', (length, atLeast) => {
    const buffer = new Scratch((n) => new Float64Array(n));
    expect(buffer.get(length).length).toBeGreaterThanOrEqual(atLeast);
  });

  it('keeps one array while it is long enough', () => {
    const buffer = new Scratch((n) => new Int32Array(n));
    const first = buffer.get(100);
    expect(buffer.get(200)).toBe(first);
    expect(buffer.get(257)).not.toBe(first);
  });
});
