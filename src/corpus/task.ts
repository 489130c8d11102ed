import type { Doc } from '../doc/doc.js';
import { ZhnewsError } from '../errors.js';
import type { AnalyzeOptions } from '../options.js';
import type { RecordError } from './record.js';

/** What a worker is sent: one document. */
export interface TaskInput {
  text: string;
  publishedAt: string | null;
}

/** What a worker sends back: the document's JSON (`doc.toJSON()` serialised once, in the worker) or its error. */
export type TaskOutput = { ok: true; json: string } | { ok: false; error: RecordError };

/**
 * Analyse one document and serialise the result, turning any failure into an error value (a worker never throws,
 * so one bad document cannot stop a corpus). Unexpected exceptions become `E_INTERNAL`.
 *
 * @example
 * runTask(analyze, { text: '上饶新闻', publishedAt: null }) // { ok: true, json: '{"schemaVersion":"1.0.0",…}' }
 * runTask(analyze, { text: '上饶', publishedAt: '2024-13-01' }).ok // false (E_DATE)
 */
export function runTask(analyze: (text: string, options?: AnalyzeOptions) => Doc, task: TaskInput): TaskOutput {
  try {
    return { ok: true, json: JSON.stringify(analyze(task.text, { publishedAt: task.publishedAt })) };
  } catch (error) {
    return { ok: false, error: toRecordError(error) };
  }
}

/**
 * The `{code, message}` of an error line for any thrown value.
 *
 * @example
 * toRecordError(new ZhnewsError('E_DATE', 'bad date')) // { code: 'E_DATE', message: 'E_DATE: bad date' }
 * toRecordError(new RangeError('x')).code // 'E_INTERNAL'
 */
export function toRecordError(error: unknown): RecordError {
  if (error instanceof ZhnewsError) return { code: error.code, message: error.message };
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { code: 'E_INTERNAL', message };
}
