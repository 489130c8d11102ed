import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

describe('segment', () => {
  it.each([
    ['2000', '成交额约为2000万元'],
    ['33.24%', '转化率达33.24%。'],
    ['G60', '长三角G60科创走廊'],
    ['TOPCon', '基于N型TOPCon的电池'],
    ['4K', '4K荧光内窥镜'],
    ['2024-07-11', '时间:2024-07-11'],
  ])('keeps %s whole in %s', (whole, sentence) => {
    const texts = analyze(sentence).tokens.map((t) => t.text);
    expect(texts).toContain(whole);
  });
});
