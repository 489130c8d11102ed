import { Doc, type DocFields } from '../doc/doc.js';
import { describeValue, ZhnewsError } from '../errors.js';
import type { AnalyzeOptions } from '../options.js';
import { mapInOrder } from './in-order.js';
import { createWorkerPool } from './pool.js';
import type { TaskInput } from './task.js';

/** One article for `analyzeMany`: its text, or the text with its publication date. */
export type ManyInput = string | { text: string; publishedAt?: string | null };

export interface AnalyzeManyOptions {
  /** Worker threads; 0 (the default) analyses in the calling thread. */
  workers?: number;
}

/** Articles in flight per worker thread. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Analyse many articles, yielding their Docs in input order. The input may be any iterable or async iterable and
 * is read lazily, so a stream of millions of articles keeps memory flat. With `workers ≥ 1` the articles are
 * spread over that many threads (the results are the same whatever the count). A failing article throws its
 * `ZhnewsError` at its place in the sequence, after the Docs before it.
 *
 * `caller` is the calling analyser: its own `analyze` runs when `workers` is 0; its publication date goes to the
 * threads with each article; an analyser with a custom segmenter cannot use threads (a function cannot cross).
 *
 * @example
 * const caller = { analyze, publishedAt: null, threadable: true };
 * for await (const doc of analyzeManyWith(caller, ['上饶新闻', '嘉兴新闻'], { workers: 2 })) console.log(doc.meta.title);
 */
export async function* analyzeManyWith(
  caller: {
    analyze: (text: string, options?: AnalyzeOptions) => Doc;
    publishedAt: string | null;
    threadable: boolean;
    /** The caller's own entity model file, which each thread loads too (null: the shipped model). */
    entityModel?: string | null;
  },
  items: Iterable<ManyInput> | AsyncIterable<ManyInput>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<Doc> {
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0) {
    throw new ZhnewsError('E_OPTION', `workers must be a whole number ≥ 0, got ${describeValue(workers)}`);
  }
  if (items === null || typeof items !== 'object' || !(Symbol.iterator in items || Symbol.asyncIterator in items)) {
    throw new ZhnewsError('E_INPUT_TYPE', `analyzeMany() needs an iterable or async iterable, got ${describeValue(items)}`);
  }
  const defaultDate = caller.publishedAt;
  if (workers === 0) {
    for await (const item of items) {
      const task = toTask(item, defaultDate);
      yield caller.analyze(task.text, { publishedAt: task.publishedAt });
    }
    return;
  }
  if (!caller.threadable) {
    throw new ZhnewsError('E_OPTION', 'an analyser with a custom segmenter can only use workers: 0 (functions cannot be sent to threads)');
  }
  const pool = await createWorkerPool(workers, { entityModel: caller.entityModel ?? null });
  try {
    const run = async (item: ManyInput): Promise<Doc> => {
      const out = await pool.run(toTask(item, defaultDate));
      if (!out.ok) throw new ZhnewsError(out.error.code, out.error.message.replace(`${out.error.code}: `, ''));
      return new Doc(JSON.parse(out.json) as DocFields);
    };
    yield* mapInOrder(items, run, workers * IN_FLIGHT_PER_WORKER);
  } finally {
    await pool.close();
  }
}

function toTask(item: ManyInput, defaultDate: string | null): TaskInput {
  if (typeof item === 'string') return { text: item, publishedAt: defaultDate };
  if (item !== null && typeof item === 'object' && typeof item.text === 'string') {
    return { text: item.text, publishedAt: item.publishedAt ?? defaultDate };
  }
  throw new ZhnewsError('E_INPUT_TYPE', `analyzeMany() needs strings or {text} objects, got ${describeValue(item)}`);
}
