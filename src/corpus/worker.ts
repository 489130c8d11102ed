/**
 * The worker thread of the corpus pool (built to dist/corpus-worker.js). Each thread imports the analyser once;
 * its resources (jieba dictionary, …) load lazily on the first document and stay for the thread's life.
 */
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { analyze as analyzeShipped, createAnalyzer } from '../analyzer.js';
import type { WorkerSettings } from './pool.js';
import { runLineTask, type LineResult, type LineTask } from './line-task.js';
import { runTask, type TaskInput, type TaskOutput } from './task.js';

/** The thread's analyser: the default one, or one with the entity model the pool was given. */
const settings = (workerData ?? {}) as WorkerSettings;
const analyze = settings.entityModel ? createAnalyzer({ entityModel: settings.entityModel }).analyze : analyzeShipped;

/**
 * Piscina calls this once per document of `analyzeMany` (by name: see `createWorkerPool`).
 *
 * @example
 * analyzeInWorker({ text: '上饶新闻', publishedAt: null }).ok // true
 */
export function analyzeInWorker(task: TaskInput): TaskOutput {
  return runTask(analyze, task);
}

/**
 * Piscina calls this once per document of `zhnews corpus`: the whole output line comes back as bytes whose buffer
 * is moved to the main thread, not copied (a document's line is ~100 KB; a copy would cost the main thread).
 *
 * @example
 * corpusLineInWorker({ item: { line: 1, source: '{"text":"上饶新闻"}' }, publishedAt: null }) // moved LineResult
 */
export function corpusLineInWorker(task: LineTask): ReturnType<typeof move> {
  const result: LineResult = runLineTask(analyze, task);
  return move({ [transferableSymbol]: result.bytes.buffer, [valueSymbol]: result });
}
