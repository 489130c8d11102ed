import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ZhnewsError } from '../errors.js';
import type { LineResult, LineTask } from './line-task.js';
import type { TaskInput, TaskOutput } from './task.js';

/** What every thread of a pool is set up with. */
export interface WorkerSettings {
  /** An entity model file each thread loads instead of the shipped model (null or absent: the shipped one). */
  entityModel?: string | null;
}

/** A pool of worker threads analysing documents. */
export interface WorkerPool {
  /** Analyse one text (`analyzeMany`): its Doc's JSON. */
  run(task: TaskInput): Promise<TaskOutput>;
  /** Read, analyse and encode one document of `zhnews corpus` into its output line. */
  runLine(task: LineTask): Promise<LineResult>;
  /** Stop the threads: queued tasks are cancelled, running ones finish first (see below). */
  close(): Promise<void>;
}

/**
 * Start `workers` threads, each loading the analyser once. From the build this uses dist/corpus-worker.js beside
 * the bundle; from the TypeScript sources (tests, tsx) it runs src/corpus/worker.ts through tsx.
 *
 * @example
 * const pool = await createWorkerPool(2);
 * const out = await pool.run({ text: '上饶新闻', publishedAt: null }); // { ok: true, json: '…' }
 * const line = await pool.runLine({ item: { line: 1, source: '{"text":"上饶新闻"}' }, publishedAt: null }); // { ok, chars, bytes }
 * await pool.close();
 */
export async function createWorkerPool(workers: number, settings: WorkerSettings = {}): Promise<WorkerPool> {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new ZhnewsError('E_OPTION', `workers must be a whole number ≥ 1, got ${String(workers)}`);
  }
  // Loaded here, not at import: piscina costs tens of milliseconds that a single analyze() should not pay.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<TaskInput | LineTask, TaskOutput | LineResult>({
    ...workerScript(),
    // The default task's handler, a named export of worker.ts. Given here, not only per task: each thread loads it
    // at start, and from the sources (tsx) only a named handler loads (a module without `default` is then retried
    // as ESM, which tsx does not hook in worker threads).
    name: 'analyzeInWorker',
    workerData: { entityModel: settings.entityModel ?? null } satisfies WorkerSettings,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY, // threads keep their loaded dictionaries until close()
    // Each thread holds its next task already: it starts it the moment the last one ends, instead of waiting for
    // the main thread to wake up and dispatch (on 2 busy cores that wait was ~5% of a worker's time).
    concurrentTasksPerWorker: 2,
  });
  // A close timeout is reported as an 'error' event; the threads are destroyed anyway and each task's own
  // promise carries its failure, so there is nothing more to tell here.
  pool.on('error', () => {});
  // Never terminate a thread inside nodejieba: a native call cut short by termination aborts the whole process
  // ("terminate called after throwing an instance of 'Napi::Error'"). piscina's close() can resolve while a task
  // still runs (it counts a finished worker once per listener it registered), so we wait for every task we
  // started to settle ourselves, then close: by then no thread is in native code.
  const pending = new Set<Promise<unknown>>();
  const track = <T>(result: Promise<T>): Promise<T> => {
    pending.add(result);
    const forget = () => pending.delete(result);
    result.then(forget, forget);
    return result;
  };
  // `name` is the named export of worker.ts that handles the task.
  return {
    run: (task) => track(pool.run(task) as Promise<TaskOutput>),
    runLine: (task) => track(pool.run(task, { name: 'corpusLineInWorker' }) as Promise<LineResult>),
    close: async () => {
      await Promise.allSettled([...pending]);
      await pool.close();
    },
  };
}

function workerScript(): { filename: string; execArgv?: string[] } {
  const built = new URL('./corpus-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return { filename: built.href };
  const source = new URL('./worker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(source))) {
    throw new ZhnewsError('E_RESOURCE', 'the corpus worker script is missing: run `npm run build`');
  }
  // Running from the sources: let the thread load TypeScript the same way (tsx is a dev dependency).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return { filename: source.href, execArgv: ['--import', tsx] };
}
