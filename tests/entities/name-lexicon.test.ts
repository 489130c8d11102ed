import { describe, expect, it } from 'vitest';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
import { describePiece, FEATURES_PER_CHAR, listFeatures } from '../../src/stages/6-entities/features.js';
import { entityLexicons, NAME_CHAR_KINDS } from '../../src/stages/6-entities/lexicons.js';
import { loadModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { Trie } from '../../src/stages/6-entities/trie.js';

const tokensOf = (text: string) => segment(text, [{ start: 0, end: text.length }], nodejiebaSegmenter());

describe('the person-name lexicon (data/ner-name-chars.txt)', () => {
  it.each([
    ['王', 'surname-common'],
    ['肖', 'surname-common'],
    ['诸', 'surname'],
    ['诸葛', 'surname-double'],
    ['欧阳', 'surname-double'],
  ])('knows %s as %s', (name, kind) => {
    const m = entityLexicons().surnames.longestAt(name, 0, name.length);
    expect(m && m.end === name.length ? NAME_CHAR_KINDS[m.kind] : null).toBe(kind);
  });

  it.each([
    ['斯', true],
    ['尔', true],
    ['娃', true], // -ova of Russian women's names: 莎拉波娃
    ['的', false],
    ['鸡', false],
  ])('transliteration character %s: %s', (c, known) => {
    expect(entityLexicons().foreign.has(c.charCodeAt(0))).toBe(known);
  });
});

describe('name features', () => {
  // the same text with the person-name lexicon emptied: features change exactly where a surname or a
  // transliteration character is
  it.each([
    ['诸葛文涛表示', true],
    ['克里斯托弗说', true],
    ['2024-08-01', false],
  ])('%s: features depend on the name lexicon: %s', (text, depends) => {
    const lexicons = entityLexicons();
    const blind = { ...lexicons, surnames: new Trie(), foreign: new Set<number>() };
    const tokens = tokensOf(text);
    const a = Array.from(listFeatures(describePiece(text, 0, text.length, tokens, lexicons)));
    const b = Array.from(listFeatures(describePiece(text, 0, text.length, tokens, blind)));
    expect(a.some((key, i) => key !== b[i])).toBe(depends);
  });

  it('extracts features of a 100k run of transliteration characters and dots in linear time', () => {
    const text = '斯·'.repeat(50_000);
    expect(listFeatures(describePiece(text, 0, text.length, [], entityLexicons())).length).toBe(text.length * FEATURES_PER_CHAR);
  });
});

describe('the shipped model on people', () => {
  it.each<[string, [string, string][]]>([
    ['上饶市科技局局长诸葛文涛表示,今年将新建三个研发飞地。', [['上饶市科技局', 'government'], ['局长', 'position'], ['诸葛文涛', 'name']]],
    ['主教练克里斯托弗·沃尔特斯赛后说,球队发挥了应有的水平。', [['主教练', 'position'], ['克里斯托弗·沃尔特斯', 'name']]],
    ['记者从婺源县文化广电旅游局获悉,县长蒋卫华出席了开幕式。', [['记者', 'position'], ['婺源县文化广电旅游局', 'government'], ['县长', 'position'], ['蒋卫华', 'name']]],
  ])('%s', (text, expected) => {
    const spans = modelSpans(loadModel(), entityLexicons(), text, 0, text.length, tokensOf(text));
    expect(spans.map((s) => [text.slice(s.start, s.end), s.type])).toEqual(expected);
  });
});
