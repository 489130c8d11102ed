import { describe, expect, it } from 'vitest';
import { dispatchItem } from '../../src/corpus/dispatch.js';
import type { LineResult, LineTask } from '../../src/corpus/line-task.js';

const done: LineResult = { ok: true, chars: 4, bytes: new TextEncoder().encode('{"id":"a1"}\n') };

/** A runLine whose thread dies on the first `deaths` calls, then answers. */
function dying(deaths: number): { runLine: (task: LineTask) => Promise<LineResult>; calls: () => number } {
  let calls = 0;
  const runLine = async () => (++calls <= deaths ? Promise.reject(new Error('worker exited')) : done);
  return { runLine, calls: () => calls };
}

describe('dispatchItem', () => {
  it.each([
    ['a thread that stays up', 0, 1, '{"id":"a1"}\n'],
    ['a thread that died once (another task’s fault)', 1, 2, '{"id":"a1"}\n'],
    ['a thread that died twice', 2, 2, '{"id":"a1","line":3,"error":{"code":"E_INTERNAL","message":"Error: worker exited"}}\n'],
  ])('writes the right line with %s', async (_, deaths, calls, line) => {
    const pool = dying(deaths);
    const out = await dispatchItem(pool.runLine, { line: 3, source: '{"id":"a1","text":"上饶新闻"}' }, null);
    expect(new TextDecoder().decode(out.bytes)).toBe(line);
    expect(out.ok).toBe(deaths < 2);
    expect(pool.calls()).toBe(calls);
  });

  it('passes the item and the run’s date to the worker', async () => {
    const seen: LineTask[] = [];
    await dispatchItem(async (task) => (seen.push(task), done), { line: 1, source: '{}' }, '2024-07-11');
    expect(seen).toEqual([{ item: { line: 1, source: '{}' }, publishedAt: '2024-07-11' }]);
  });
});
