import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { normalize } from '../../src/stages/1-normalize/index.js';
import { misplacedSpans, seed } from '../helpers.js';

describe('article: the seed as scraped', () => {
  const input = seed.text();
  const gold = seed.gold();
  const doc = analyze(input);

  it('reads title, source, author and date', () => {
    expect(doc.meta).toEqual(gold.meta);
  });

  it('sets aside exactly the page boilerplate', () => {
    const found = doc.boilerplate.map((b) => b.text);
    expect(doc.boilerplate).toHaveLength(gold.boilerplate.length);
    for (const line of gold.boilerplate as string[]) {
      // gold lines are given cleaned; compare against the analysed (normalised) text of each span
      const analysed = doc.boilerplate.map((b) => normalize(b.text).text);
      expect(analysed.some((a) => a.includes(line)), `${line} in ${found.join(' / ')}`).toBe(true);
    }
    expect(doc.sentences.some((s) => s.normalized.includes('浏览字号'))).toBe(false);
  });

  it('drops all 170 pinyin annotations and keeps the 5 real parentheses', () => {
    const annotations = input.match(/\([a-zàáâãèéêìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]+\)/g) ?? [];
    expect(annotations).toHaveLength(170);
    const analysed = doc.sentences.map((s) => s.normalized).join('\n');
    expect(analysed.match(/\([a-zàáèéìíòóùúüāēěīōūǎǐǒǔǖǘǚǜ]+\)/g)).toBeNull();
    expect(analysed.match(/\([^)]*\)/g)).toEqual(['(上海)', '(长三角)', '(上饶)', '(上饶)', '(上饶)']);
  });

  it('splits body paragraphs into sentences and keeps every span in place', () => {
    expect(doc.sentences.filter((s) => s.role === 'title')).toHaveLength(1);
    expect(doc.sentences.filter((s) => s.role === 'body').length).toBeGreaterThan(10);
    expect(misplacedSpans(input, [...doc.sentences, ...doc.boilerplate, ...doc.paragraphs, ...doc.tokens])).toEqual([]);
  });
});

describe('article: bylines and sentences', () => {
  it.each([
    ['来源:新华网 作者:张三 发布时间:2023年12月21日 10:20', { source: '新华网', author: '张三', publishedAt: '2023-12-21' }],
    ['2024/7/16 09:00  来源:人民日报', { source: '人民日报', author: null, publishedAt: '2024-07-16' }],
    ['来源：央视网　作者：佚名　日期：2024.08.26', { source: '央视网', author: null, publishedAt: '2024-08-26' }],
  ])('reads %s', (byline, expected) => {
    const doc = analyze(`区域协调发展迈出新步伐\n${byline}\n正文第一句。第二句。`);
    expect(doc.meta).toEqual({ title: '区域协调发展迈出新步伐', ...expected });
  });

  it.each([
    ['a headline ending with !', '推介会在武汉举行!\n6月6日,推介会在武汉举行。', '推介会在武汉举行!'],
    ['no headline when the first line is a sentence', '上海是中国城市。\n第二段。', null],
    ['no headline for a single line', '上饶新闻', null],
  ])('title: %s', (_, text, title) => {
    expect(analyze(text).meta.title).toBe(title);
  });

  it('takes the source from an agency lede when there is no byline', () => {
    expect(analyze('协调发展注入澎湃动力\n央视网消息(新闻联播):党的十八大以来,区域发展。').meta.source).toBe('央视网');
  });

  it('lets the caller supply the publication date', () => {
    expect(analyze('时间:2024-07-11\n正文。', { publishedAt: '2020-01-02' }).meta.publishedAt).toBe('2020-01-02');
  });

  it.each([
    ['他说:“好。”我们走吧!还有吗?', ['他说:“好。”', '我们走吧!', '还有吗?']],
    ['一是创新;二是协调……三是绿色。', ['一是创新;', '二是协调……', '三是绿色。']],
    ['没有句号的一段', ['没有句号的一段']],
  ])('splits %s', (paragraph, expected) => {
    expect(analyze(paragraph).sentences.map((s) => s.text)).toEqual(expected);
  });
});
