import { afterAll, describe, expect, it } from 'vitest';
import { failedLineResult, runLineTask, type LineResult } from '../../src/corpus/line-task.js';
import { documentLine } from '../../src/corpus/output-line.js';
import { createWorkerPool, type WorkerPool } from '../../src/corpus/pool.js';
import type { CorpusItem } from '../../src/corpus/record.js';
import { analyze } from '../../src/index.js';
import { articles } from './run-cli.js';

const decode = (out: LineResult) => new TextDecoder().decode(out.bytes);
const [first] = articles(1);
const docLine = (id: string | number, extra: Record<string, unknown>, text: string, publishedAt?: string) =>
  `${documentLine({ kind: 'document', id, line: 1, text, publishedAt: null, extra }, JSON.stringify(analyze(text, { publishedAt })))}\n`;

describe('runLineTask (the worker side of zhnews corpus)', () => {
  it.each([
    ['a JSONL line with passed-through fields', { line: 4, source: JSON.stringify({ ...first, site: 'jx' }) }, docLine(first.id, { site: 'jx' }, first.text)],
    ['a line without id (the line number is the id)', { line: 4, source: JSON.stringify({ text: first.text }) }, docLine(4, {}, first.text)],
    ['a record read already (directory file)', { record: { kind: 'document', id: 'a.txt', line: 2, text: first.text, publishedAt: null, extra: {} } }, docLine('a.txt', {}, first.text)],
  ] as [string, CorpusItem, string][])('writes %s as {id, …fields, …doc}', (_, item, expected) => {
    const out = runLineTask(analyze, { item, publishedAt: null });
    expect(decode(out)).toBe(expected);
    expect(out).toMatchObject({ ok: true, chars: first.text.length });
  });

  it('uses the run’s date for a record without one, and the record’s own date first', () => {
    const run = '2024-07-11';
    const own = runLineTask(analyze, { item: { line: 1, source: JSON.stringify({ ...first, publishedAt: '2023-01-02' }) }, publishedAt: run });
    const fallback = runLineTask(analyze, { item: { line: 1, source: JSON.stringify(first) }, publishedAt: run });
    expect(decode(own)).toBe(docLine(first.id, {}, first.text, '2023-01-02'));
    expect(decode(fallback)).toBe(docLine(first.id, {}, first.text, run));
  });

  it.each([
    ['not JSON', 'not json', 0, '{"id":null,"line":7,"error":{"code":"E_RECORD","message":"line 7 is not JSON'],
    ['without text', '{"id":"t","body":"x"}', 0, '{"id":"t","line":7,"error":{"code":"E_RECORD","message":"line 7: text must be a string, got nothing"}}\n'],
    ['with a bad date', '{"id":"d","text":"上饶新闻","publishedAt":"2024-13-01"}', 4, '{"id":"d","line":7,"error":{"code":"E_DATE"'],
  ])('writes an error line for a line %s', (_, source, chars, start) => {
    const out = runLineTask(analyze, { item: { line: 7, source }, publishedAt: null });
    expect(decode(out).startsWith(start)).toBe(true);
    expect(decode(out).endsWith('}\n')).toBe(true);
    expect(out).toMatchObject({ ok: false, chars });
  });

  it('encodes into a buffer of its own, so the worker can move it without a copy', () => {
    const out = runLineTask(analyze, { item: { line: 1, source: JSON.stringify(first) }, publishedAt: null });
    expect(out.bytes.byteOffset).toBe(0);
    expect(out.bytes.buffer.byteLength).toBe(out.bytes.length);
  });

  it.each([
    ['a readable line', { line: 3, source: '{"id":"a1","text":"上饶"}' }, '{"id":"a1","line":3,"error":{"code":"E_INTERNAL","message":"Error: gone"}}\n', 2],
    ['an unreadable line (its own error wins)', { line: 3, source: '[1]' }, '{"id":null,"line":3,"error":{"code":"E_RECORD","message":"line 3 must be a JSON object, got an array of length 1"}}\n', 0],
  ] as [string, CorpusItem, string, number][])('reports a dead worker on %s', (_, item, expected, chars) => {
    const out = failedLineResult(item, new Error('gone'));
    expect(decode(out)).toBe(expected);
    expect(out).toMatchObject({ ok: false, chars });
  });
});

describe('WorkerPool.runLine', () => {
  let pool: WorkerPool | null = null;
  afterAll(async () => pool?.close());

  it('hands back the same bytes as the in-thread task, moved from the worker', async () => {
    pool = await createWorkerPool(1);
    const items: CorpusItem[] = [
      { line: 1, source: JSON.stringify({ ...first, site: 'jx' }) },
      { line: 2, source: 'not json' },
    ];
    for (const item of items) {
      const out = await pool.runLine({ item, publishedAt: null });
      expect(out.bytes).toBeInstanceOf(Uint8Array);
      expect(decode(out)).toBe(decode(runLineTask(analyze, { item, publishedAt: null })));
    }
  }, 60_000);
});
