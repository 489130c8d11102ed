import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, ZhnewsError } from '../../src/index.js';
import { misplacedSpans } from '../helpers.js';

describe('analyze: bad input gets a coded error', () => {
  it.each([
    ['a number', 42, 'E_INPUT_TYPE', /number 42/],
    ['null', null, 'E_INPUT_TYPE', /null/],
    ['undefined', undefined, 'E_INPUT_TYPE', /undefined/],
    ['a Buffer', Buffer.from('上海'), 'E_INPUT_TYPE', /object/],
    ['an array', ['上海'], 'E_INPUT_TYPE', /array/],
  ])('%s', (_, value, code, message) => {
    const error = catchError(() => analyze(value as unknown as string));
    expect(error).toBeInstanceOf(ZhnewsError);
    expect((error as ZhnewsError).code).toBe(code);
    expect((error as ZhnewsError).message).toMatch(message);
  });

  it.each([
    ['a malformed date', { publishedAt: '11/07/2024' }, 'E_DATE'],
    ['an impossible date', { publishedAt: '2024-02-30' }, 'E_DATE'],
    ['options that are not an object', 'fast', 'E_OPTION'],
  ])('rejects %s', (_, options, code) => {
    expect((catchError(() => analyze('上海', options as never)) as ZhnewsError).code).toBe(code);
    expect((catchError(() => createAnalyzer(options as never)) as ZhnewsError).code).toBe(code);
  });
});

describe('analyze: edge inputs', () => {
  it('gives an empty Doc for an empty string', () => {
    const doc = analyze('');
    expect(doc.toJSON()).toMatchObject({ text: '', sentences: [], tokens: [], entities: [], figures: [], boilerplate: [] });
    expect(doc.meta).toEqual({ title: null, source: null, author: null, publishedAt: null });
  });

  it.each([
    ['100k digits', '1'.repeat(100_000)],
    ['100k 一', '一'.repeat(100_000)],
    ['100k 、', '、'.repeat(100_000)],
    ['100k (', '('.repeat(100_000)],
    ['100k <', '<'.repeat(100_000)],
    ['100k &', '&'.repeat(100_000)],
    ['50k 進(jìn)', '進(jìn)'.repeat(50_000)],
    ['100k lines', '\n'.repeat(100_000)],
  ])('analyses %s', (_, input) => {
    const doc = analyze(input);
    expect(misplacedSpans(input, doc.tokens)).toEqual([]);
  });

  it('analyses a 10 MB article', () => {
    const paragraph = '7月4日,记者來到位于上饒高鐵經(jīng)濟試驗區的華東數字醫療發展中心,成交额约为2000万元,转化率达33.24%。\n';
    const input = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const doc = analyze(input);
    expect(doc.sentences.length).toBe(Math.ceil(10_000_000 / paragraph.length));
    expect(misplacedSpans(input, doc.tokens.slice(-50))).toEqual([]);
  }, 300_000); // a generous bound for a loaded CI machine: this test is about finishing, not speed
});

describe('Doc', () => {
  it('is immutable and serialises to the JSON contract', () => {
    const doc = analyze('上饶新闻\n来源:江西日报 时间:2024-07-11\n上饶与松江区合作。');
    expect(Object.isFrozen(doc)).toBe(true);
    const json = JSON.parse(JSON.stringify(doc));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['schemaVersion', 'text', 'meta', 'boilerplate', 'sentences', 'tokens', 'entities', 'figures', 'summary']),
    );
    expect(json.tokens[0]).toEqual({ text: '上饶', start: 0, end: 2, pos: expect.any(String), normalized: '上饶' });
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
