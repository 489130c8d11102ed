import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ZhnewsError } from '../errors.js';
import { checkDateOption, checkPathOption } from '../options.js';
import { loadModelFile } from '../stages/6-entities/model.js';
import { mapInOrder } from './in-order.js';
import { openCorpus } from './input.js';
import { dispatchItem } from './dispatch.js';
import { createWorkerPool } from './pool.js';
import { createProgress, type CorpusStats } from './progress.js';
import { readItem, resumeKey, type CorpusItem } from './record.js';
import { readFinished } from './resume.js';
import { openOutput } from './writer.js';

export interface CorpusOptions {
  /** A JSONL file, a directory of .txt/.html files, or `-` for JSONL on standard input. */
  input: string;
  /** A JSONL file, or `-` for standard output. */
  output: string;
  /** Worker threads (default: one). */
  workers?: number;
  /** Skip documents whose id is already in the output, and append to it. */
  resume?: boolean;
  /** No progress reports (the summary is still returned). */
  quiet?: boolean;
  /** Publication date for records that give none (YYYY-MM-DD). */
  publishedAt?: string | null;
  /** An entity model file to use instead of the shipped one (see `AnalyzerOptions.entityModel`). */
  entityModel?: string | null;
  /** Abort to stop cleanly: no new documents start, those in flight are written, the output stays valid JSONL. */
  signal?: AbortSignal;
  stdin?: Readable;
  stdout?: Writable;
  /** Where progress goes (default: process.stderr). */
  stderr?: NodeJS.WriteStream;
  /** Milliseconds between plain progress lines when stderr is not a terminal. */
  progressInterval?: number;
}

export interface CorpusSummary extends Omit<CorpusStats, 'position'> {
  succeeded: number;
  seconds: number;
  /** Stopped by the signal before the end of the input. */
  interrupted: boolean;
}

/** Documents in flight per worker: enough to keep every thread busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Analyse a corpus into JSONL: one line per input document, in input order, `{id, …doc.toJSON()}` or
 * `{id, line, error: {code, message}}`. Streams with a bounded window, so memory stays flat whatever the size.
 * Each document's work (parsing its line, analysing, building and encoding the output line) runs in a worker;
 * this thread only splits the input into lines, keeps the order and writes the bytes, so it leaves the cores to
 * the workers.
 *
 * @example
 * const summary = await runCorpus({ input: 'news.jsonl', output: 'out.jsonl', workers: 2 });
 * summary // { documents: 1000, succeeded: 998, failed: 2, skipped: 0, chars: 2345678, seconds: 12.3, interrupted: false }
 */
export async function runCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const workers = options.workers ?? 1;
  const defaultDate = checkDateOption(options.publishedAt, 'publishedAt');
  const entityModel = checkPathOption(options.entityModel, 'entityModel');
  if (entityModel !== null) loadModelFile(entityModel); // a bad file fails now, not once per document in the threads
  if (options.output !== '-' && options.input !== '-' && resolve(options.output) === resolve(options.input)) {
    throw new ZhnewsError('E_OPTION', 'the output file must not be the input file');
  }
  if (options.resume && options.output === '-') {
    throw new ZhnewsError('E_OPTION', '--resume needs an output file (it reads what was already written)');
  }
  const finished = options.resume ? await readFinished(options.output) : new Set<string>();
  const input = openCorpus(options.input, options.stdin);
  const stats: CorpusStats = { documents: 0, failed: 0, skipped: 0, chars: 0, position: 0 };
  const pool = await createWorkerPool(workers, { entityModel }); // checks `workers` before anything is shown or written
  const progress = await createProgress({
    stream: options.stderr ?? process.stderr,
    total: input.total,
    quiet: Boolean(options.quiet),
    interval: options.progressInterval,
  });
  const writer = openOutput(options.output, { append: Boolean(options.resume) }, options.stdout);
  const onAbort = () => input.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const started = Date.now();

  async function* toDo(): AsyncGenerator<CorpusItem> {
    for await (const item of input.items) {
      if (finished.size === 0) {
        yield item;
        continue;
      }
      // --resume needs the id before dispatch, so only then is the line read here; the worker gets it read.
      const record = readItem(item);
      if (finished.has(resumeKey(record.id, record.line))) stats.skipped++;
      else yield { record };
    }
  }

  try {
    const analyze = (item: CorpusItem) => dispatchItem((task) => pool.runLine(task), item, defaultDate);
    for await (const out of mapInOrder(toDo(), analyze, workers * IN_FLIGHT_PER_WORKER, options.signal)) {
      await writer.write(out.bytes);
      stats.documents++;
      if (!out.ok) stats.failed++;
      stats.chars += out.chars;
      stats.position = input.position();
      progress.update(stats);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    progress.stop();
    await pool.close();
    await writer.close();
  }
  const { position: _, ...counts } = stats;
  return {
    ...counts,
    succeeded: stats.documents - stats.failed,
    seconds: (Date.now() - started) / 1000,
    interrupted: Boolean(options.signal?.aborted),
  };
}
