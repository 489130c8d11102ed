import { failedLineResult, type LineResult, type LineTask } from './line-task.js';
import type { CorpusItem } from './record.js';

/**
 * Send one corpus item to the workers and get its output line, whatever happens. A thread that dies (out of memory,
 * a crash) fails every task it held, and each thread holds two (see `createWorkerPool`), so an item whose thread
 * died is tried once more on a fresh thread: only one that fails twice is written as an `E_INTERNAL` error line.
 *
 * @example
 * const out = await dispatchItem((task) => pool.runLine(task), { line: 1, source: '{"text":"上饶新闻"}' }, null);
 * out.ok // true
 */
export async function dispatchItem(
  runLine: (task: LineTask) => Promise<LineResult>,
  item: CorpusItem,
  publishedAt: string | null,
): Promise<LineResult> {
  try {
    return await runLine({ item, publishedAt });
  } catch {
    try {
      return await runLine({ item, publishedAt });
    } catch (error) {
      return failedLineResult(item, error);
    }
  }
}
