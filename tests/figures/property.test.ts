import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, recognize, type RecognizeKind } from '../../src/index.js';

/** Pieces that stress the readers: numerals of every script and width, units, joiners, pinyin, odd characters. */
const PIECES = [
  '一', '两', '十', '百', '千', '万', '亿', '萬', '億', '零', '点', '點', '分之', '又', '负', '第', '余', '多', '几', '数',
  '1', '2', '0', '.', ',', '-', '%', '‰', '１', '２', '，', '．', '％', '元', '万元', '美元', '亩', '吨', '家', '个', '個',
  '年', '月', '日', '号', '天', '成', '折', '百分点', '至', '—', '~', ' ', '约', '近', '超过', '以上', '左右', 'k', 'K',
  'M', 'e', '^', '/', '$', '￥', '(', ')', '、', '“', '”', 'G60', '4K', '長三角', '進(jìn)', '𠮷', '\n', 'http://x.cn/1%',
];
const KINDS: RecognizeKind[] = ['number', 'percent', 'ordinal', 'money', 'measure', 'range', 'date'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('figures on arbitrary strings', () => {
  it('recognize() never throws and every span is the input slice', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...KINDS), (input, kind) => {
        for (const found of recognize(input, kind, { referenceDate: '2024-07-11' })) {
          expect(input.slice(found.start, found.end)).toBe(found.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('doc.figures spans are input slices', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const f of analyze(input).figures) expect(input.slice(f.start, f.end)).toBe(f.text);
      }),
      { numRuns: 150 },
    );
  });
});
