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

  it.each([
    ['溯徕', '成立溯徕科技(上海)有限公司'],
    ['晶科', '晶科能源通过在上海设立研发飞地'],
  ])('finds the unknown word %s with the HMM, as jieba tag() does', (word, sentence) => {
    expect(analyze(sentence).tokens.map((t) => t.text)).toContain(word);
  });

  it('gives the tags of jieba tag()', () => {
    expect(analyze('上饶市科技局推荐的企业').tokens.map((t) => `${t.text}/${t.pos}`)).toEqual([
      '上饶市/ns', '科技局/n', '推荐/v', '的/uj', '企业/n',
    ]);
  });
});
