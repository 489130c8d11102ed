import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/index.js';

const one = (text: string) => {
  const found = recognize(text, 'number');
  expect(found).toHaveLength(1);
  return found[0];
};

describe('recognize(text, "number")', () => {
  it.each([
    ['一千二百三十四', 1234],
    ['两万', 20000],
    ['三点五', 3.5],
    ['十万八千', 108000],
    ['廿五', 25],
    ['卅', 30],
    ['1.2万', 12000],
    ['3万4000', 34000],
    ['1,100万', 11000000],
    ['１２０亿', 12000000000],
    ['负3.9', -3.9],
    ['三分之一', 1 / 3],
    ['两千四百五', 2450],
    ['一万三', 13000],
    ['四亿五千六百四十二万零一十五', 456420015],
    ['4.78万亿', 4780000000000],
    ['16.4亿', 1640000000],
    ['0.1亿', 10000000],
    ['二〇二四', 2024],
  ])('%s → %s', (text, value) => {
    const found = one(text);
    expect(found.text).toBe(text);
    expect(found.value).toBe(value);
  });

  it('keeps an exact decimal string beyond Number.MAX_SAFE_INTEGER', () => {
    expect(one('9007199254740993').value).toBe('9007199254740993');
    expect(one('1234.5678万亿亿').value).toBe('123456780000000000000000');
    expect(one('5万亿亿').value).toBe('500000000000000000000');
  });

  it.each(['一切', '一看', '长三角', '四川', '陆地', '一方面', '一系列', '统一', '一体化', '十四五', '一带一路'])('finds no number in %s', (text) => {
    expect(recognize(text, 'number')).toEqual([]);
  });

  it('reads dotted chains after a multiplier as separate integers (once looped forever)', () => {
    expect(recognize('3万.1.1.1', 'number').map((n) => n.value)).toEqual([30000, 1, 1, 1]);
  });

  it('skips a code that starts with a point (.4K once looped forever)', () => {
    expect(recognize('．4K至', 'number')).toEqual([]);
  });

  it('maps offsets back to the raw input (Traditional, full-width)', () => {
    const input = '營收達到１２０億元';
    const [found] = recognize(input, 'number');
    expect(input.slice(found.start, found.end)).toBe(found.text);
    expect(found).toMatchObject({ text: '１２０億', value: 12000000000 });
  });
});
