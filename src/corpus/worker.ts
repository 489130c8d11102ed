/**
 * The worker thread of the corpus pool (built to dist/corpus-worker.js). Each thread imports the analyser once;
 * its resources (jieba dictionary, …) load lazily on the first document and stay for the thread's life.
 */
import { analyze } from '../analyzer.js';
import { runTask, type TaskInput, type TaskOutput } from './task.js';

/**
 * Piscina calls this once per document (by name: see `createWorkerPool`).
 *
 * @example
 * analyzeInWorker({ text: '上饶新闻', publishedAt: null }).ok // true
 */
export function analyzeInWorker(task: TaskInput): TaskOutput {
  return runTask(analyze, task);
}
