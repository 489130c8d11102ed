import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { dataPath } from '../../src/resources/paths.js';
import { allowedTransition, spansToTags, tagsToSpans, TAG_COUNT, type TypedSpan } from '../../src/stages/6-entities/labels.js';
import { loadModel, packGroup, parseModel, serializeModel } from '../../src/stages/6-entities/model.js';
import { ZhnewsError } from '../../src/errors.js';
import { describePiece } from '../../src/stages/6-entities/features.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { ROLE, SLOT } from '../../src/stages/6-entities/slots.js';

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

  // 上|科技 as two words; one weight per case on one group: where does it land?
  const text = '上科技';
  const tokens = [
    { start: 0, end: 1, pos: 'v' },
    { start: 1, end: 3, pos: 'n' },
  ];
  const piece = describePiece(text, 0, 3, tokens, entityLexicons());
  const of科 = piece.chars[1 + 1];
  const of科技 = piece.wordGroups[1 + 1];
  it.each<[string, number, number, number | null]>([
    ['科 as the character before', of科, SLOT.charBefore, 2],
    ['科 as the character', of科, SLOT.charAt, 1],
    ['科 as the character after', of科, SLOT.charAfter, 0],
    ['科 beginning a word', of科, SLOT.charWithRole + ROLE.begin - 1, 1],
    ['科 as a one-character word', of科, SLOT.charWithRole + ROLE.single - 1, null],
    ['科技 on its first character', of科技, SLOT.word + ROLE.begin - 1, 1],
    ['科技 on its last character', of科技, SLOT.word + ROLE.end - 1, 2],
    ['科技 as the word after 上', of科技, SLOT.wordAfter + ROLE.single - 1, 0],
    ['科技 as the word before the next (there is none)', of科技, SLOT.wordBefore + ROLE.begin - 1, null],
  ])('reads back what it wrote: %s', (_, group, slot, lands) => {
    const T = TAG_COUNT;
    const header = { ...loadModel().header, groups: 1, entries: 2, scale: 0.5 };
    const weights = {
      groups: Uint32Array.of(group),
      offsets: Uint32Array.of(0, 2),
      entries: Int32Array.from(packGroup([{ slot, tag: 4, weight: -6 }])),
      transitions: { matrix: new Float32Array(T * T), start: new Float32Array(T), end: new Float32Array(T) },
    };
    const model = parseModel(serializeModel(header, weights));
    expect(model.header).toEqual(header);
    const scores = Array.from(model.emissions(describePiece(text, 0, 3, tokens, entityLexicons())));
    const expected = new Array(3 * T).fill(0);
    if (lands !== null) expected[lands * T + 4] = -3;
    expect(scores).toEqual(expected);
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
