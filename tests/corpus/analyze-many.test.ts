import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createAnalyzer, ZhnewsError, type Doc } from '../../src/index.js';
import { articles } from './run-cli.js';

async function collect(docs: AsyncIterable<Doc>): Promise<Doc[]> {
  const out: Doc[] = [];
  for await (const doc of docs) out.push(doc);
  return out;
}

async function* later<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield await Promise.resolve(item);
}

describe('analyzeMany', () => {
  const texts = articles(8).map((a) => a.text);
  const expected = texts.map((t) => JSON.stringify(analyze(t)));

  it.each([0, 2])('yields the same Docs as analyze(), in order, with %i workers', async (workers) => {
    const docs = await collect(analyzeMany(texts, { workers }));
    expect(docs.map((d) => JSON.stringify(d))).toEqual(expected);
    expect(docs[0].places).toBeTypeOf('function'); // real Docs, not plain JSON
  });

  it('reads async iterables and {text, publishedAt} items; the analyser date is the default', async () => {
    const zh = createAnalyzer({ publishedAt: '2024-07-11' });
    const items = [{ text: texts[0] }, { text: texts[1], publishedAt: '2023-01-02' }, texts[2]];
    const docs = await collect(zh.analyzeMany(later(items), { workers: 1 }));
    expect(docs.map((d) => d.meta.publishedAt)).toEqual(['2024-07-11', '2023-01-02', '2024-07-11']);
  });

  it.each([0, 2])('throws a failing item\'s ZhnewsError at its place (%i workers)', async (workers) => {
    const seen: string[] = [];
    const run = async () => {
      for await (const doc of analyzeMany([texts[0], { text: texts[1], publishedAt: 'soon' }, texts[2]], { workers })) {
        seen.push(doc.text);
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'ZhnewsError', code: 'E_DATE' });
    expect(seen).toEqual([texts[0]]);
  });

  it.each([
    [() => analyzeMany(42 as unknown as string[]), 'E_INPUT_TYPE'],
    [() => analyzeMany([7 as unknown as string]), 'E_INPUT_TYPE'],
    [() => analyzeMany(texts, { workers: -1 }), 'E_OPTION'],
    [() => analyzeMany(texts, { workers: 1.5 }), 'E_OPTION'],
    [() => createAnalyzer({ segmenter: { tag: (t) => [{ word: t, tag: 'x' }] } }).analyzeMany(texts, { workers: 1 }), 'E_OPTION'],
  ])('rejects bad input %#', async (start, code) => {
    const error = await collect(start()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZhnewsError);
    expect((error as ZhnewsError).code).toBe(code);
  });

  it('lets the caller stop early (break) while threads are busy, without harm', async () => {
    const titles: (string | null)[] = [];
    for await (const doc of analyzeMany(articles(40).map((a) => a.text), { workers: 2 })) {
      titles.push(doc.meta.title);
      if (titles.length === 3) break;
    }
    expect(titles).toHaveLength(3);
  });

  it('uses a custom segmenter in the calling thread', async () => {
    const zh = createAnalyzer({ segmenter: { tag: (t) => [...t].map((c) => ({ word: c, tag: 'x' })) } });
    const [doc] = await collect(zh.analyzeMany(['上饶']));
    expect(doc.tokens.map((t) => t.text)).toEqual(['上', '饶']);
  });
});
