import { describe, expect, it } from 'vitest';
import { recognize, ZhnewsError } from '../../src/index.js';

describe('recognize()', () => {
  it.each([
    ['percent', '转化率达33.24%', [{ text: '33.24%', value: 33.24, unit: '%' }]],
    ['percent', '提高2.2个百分点', [{ text: '2.2个百分点', value: 2.2, unit: 'pp' }]],
    ['ordinal', '第一名', [{ text: '第一', value: 1 }]],
    ['money', '奖池达36.57亿元', [{ text: '36.57亿元', value: 3657000000, unit: 'CNY' }]],
    ['measure', '日均20万公斤', [{ text: '20万公斤', value: 200000, unit: '公斤' }]],
    ['range', '10至20家', [{ text: '10至20家', value: 10, min: 10, max: 20, unit: '家' }]],
  ] as const)('%s in %s', (kind, text, want) => {
    expect(recognize(text, kind).map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(want);
  });

  it('resolves dates with options.referenceDate', () => {
    expect(recognize('7月4日', 'date', { referenceDate: '2024-07-11' })).toEqual([{ text: '7月4日', start: 0, end: 4, value: '2024-07-04' }]);
    expect(recognize('7月4日', 'date')[0].value).toBe('--07-04');
  });

  it.each([
    ['unknown kind', () => recognize('1', 'colour' as never), 'E_KIND'],
    ['bad referenceDate', () => recognize('7月4日', 'date', { referenceDate: '2024-13-01' }), 'E_DATE'],
    ['non-string text', () => recognize(42 as never, 'number'), 'E_INPUT_TYPE'],
    ['non-object options', () => recognize('1', 'number', 'x' as never), 'E_OPTION'],
  ])('throws ZhnewsError on %s', (_name, call, code) => {
    expect(call).toThrow(ZhnewsError);
    expect(call).toThrow(expect.objectContaining({ code }));
  });
});
