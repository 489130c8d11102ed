import { describe, expect, it } from 'vitest';
import { prepare } from '../../scripts/ner/corpus.js';
import { trainPerceptron } from '../../scripts/ner/perceptron.js';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';

const sentences = [
  ['王立新说,上饶市科技局将扩大投入。', [[0, 3, 'name'], [5, 11, 'government']]],
  ['陈晓东在青木光电调研。', [[0, 3, 'name'], [4, 8, 'company']]],
  ['李雯出席了黄石市人民政府的会议。', [[0, 2, 'name'], [5, 12, 'government']]],
] as const;

const examples = () =>
  prepare(
    sentences.map(([text, spans], i) => ({ text, heldOut: false, hash: i, spans: spans.map(([start, end, type]) => ({ start, end, type })) })),
    nodejiebaSegmenter(),
    entityLexicons(),
  );

describe('boosted perceptron updates', () => {
  const base = { epochs: 3, seed: 1, minCount: 1 };
  it.each([
    { label: 'boost 1 is the plain perceptron', boost: 1, boostTypes: ['name'] as const, same: true },
    { label: 'no boosted types is the plain perceptron', boost: 3, boostTypes: [] as const, same: true },
    { label: 'boosting names changes the weights', boost: 2, boostTypes: ['name'] as const, same: false },
  ])('$label', ({ boost, boostTypes, same }) => {
    const plain = trainPerceptron(examples(), base);
    const boosted = trainPerceptron(examples(), { ...base, boost, boostTypes });
    expect(boosted.keys).toEqual(plain.keys);
    expect(Array.from(boosted.weights).every((w, i) => w === plain.weights[i])).toBe(same);
  });
});
