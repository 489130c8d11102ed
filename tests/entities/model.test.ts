import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { dataPath } from '../../src/resources/paths.js';
import { allowedTransition, spansToTags, tagsToSpans, TAG_COUNT, type TypedSpan } from '../../src/stages/6-entities/labels.js';
import { loadModel, parseModel, serializeModel } from '../../src/stages/6-entities/model.js';
import { ZhnewsError } from '../../src/errors.js';
import { FEATURES_PER_CHAR } from '../../src/stages/6-entities/features.js';

describe('BIOES labels', () => {
  it.each<[number, TypedSpan[]]>([
    [5, [{ start: 0, end: 2, type: 'company' }]],
    [5, [{ start: 1, end: 2, type: 'name' }, { start: 2, end: 5, type: 'government' }]],
    [3, []],
  ])('spans → tags → spans is the identity (%i chars)', (n, spans) => {
    expect(tagsToSpans(spansToTags(n, spans))).toEqual(spans);
  });

  it('allows only BIOES transitions', () => {
    let allowed = 0;
    for (let a = -1; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) if (allowedTransition(a, b)) allowed++;
    // from start, O, E-*, S-* (1 + 1 + 7 + 7): O, B-*, S-* (15); from B-*, I-* (14): I/E of the same type (2)
    expect(allowed).toBe(16 * 15 + 14 * 2);
  });
});

describe('the shipped model', () => {
  const bytes = readFileSync(dataPath('ner-model.bin'));

  it('is small enough to ship', () => {
    expect(bytes.length).toBeLessThanOrEqual(15_000_000);
  });

  it('reads back what it wrote', () => {
    const T = TAG_COUNT;
    const header = { ...loadModel().header, features: 2, entries: 3, scale: 0.5 };
    const weights = {
      keys: Uint32Array.of(7, 9),
      offsets: Uint32Array.of(0, 2, 3),
      tags: Uint8Array.of(0, 4, 1),
      weights: Int16Array.of(2, -4, 6),
      transitions: { matrix: new Float32Array(T * T), start: new Float32Array(T), end: new Float32Array(T) },
    };
    const model = parseModel(serializeModel(header, weights));
    expect(model.header).toEqual(header);
    const keys = new Uint32Array(FEATURES_PER_CHAR);
    keys[0] = 7;
    keys[1] = 9;
    const scores = Array.from(model.emissions(keys, 1));
    expect([scores[0], scores[1], scores[4]]).toEqual([1, 3, -2]);
  });

  it('rejects a file that is not a model, or a truncated one, with a ZhnewsError', () => {
    expect(() => parseModel(new Uint8Array(16))).toThrow(ZhnewsError);
    expect(() => parseModel(bytes.subarray(0, bytes.length - 10))).toThrow(ZhnewsError);
  });

  it('labels the same text the same way every time', () => {
    const text = '晶科能源通过在上海、浙江海宁设立研发飞地集智攻关。';
    const first = analyze(text).entities;
    expect(analyze(text).entities).toEqual(first);
  });

  it('handles long runs of odd characters', () => {
    const odd = '\u0301\u{1F600}(、等企业'.repeat(12_000);
    expect(() => analyze(odd)).not.toThrow();
  });
});
