import type { Doc } from '../doc/doc.js';
import type { AnalyzeOptions } from '../options.js';
import { documentLine, errorLine } from './output-line.js';
import { readItem, type CorpusItem, type CorpusRecord } from './record.js';
import { runTask, toRecordError } from './task.js';

/** What a corpus worker is sent: one input document and the run's default publication date. */
export interface LineTask {
  item: CorpusItem;
  publishedAt: string | null;
}

/** What it sends back: the whole output line, UTF-8 with its newline, ready to write; and the counts it adds. */
export interface LineResult {
  ok: boolean;
  /** Characters of the document's text (0 when the record could not be read). */
  chars: number;
  bytes: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Read, analyse and encode one corpus document into its output line (`{id, …fields, …doc}` or an error line).
 * This is all of a document's work, done in the worker thread, so the main thread only keeps order and writes
 * bytes; the bytes are a fresh buffer the worker can hand over without a copy. Never throws.
 *
 * @example
 * const out = runLineTask(analyze, { item: { line: 1, source: '{"id":"a1","text":"上饶新闻"}' }, publishedAt: null });
 * new TextDecoder().decode(out.bytes) // '{"id":"a1","schemaVersion":"1.0.0",…}\n'
 */
export function runLineTask(analyze: (text: string, options?: AnalyzeOptions) => Doc, task: LineTask): LineResult {
  const record = readItem(task.item);
  if (record.kind === 'invalid') return recordErrorResult(record);
  const out = runTask(analyze, { text: record.text, publishedAt: record.publishedAt ?? task.publishedAt });
  const chars = record.text.length;
  if (out.ok) return encoded(documentLine(record, out.json), true, chars);
  return encoded(errorLine(record.id, record.line, out.error), false, chars);
}

/**
 * The output line of an item whose worker died (out of memory, crash), built on the calling thread: the record's
 * own error if it could not be read, else the worker's failure.
 *
 * @example
 * new TextDecoder().decode(failedLineResult({ line: 2, source: '{"id":"a1","text":"x"}' }, new Error('gone')).bytes)
 * // '{"id":"a1","line":2,"error":{"code":"E_INTERNAL","message":"Error: gone"}}\n'
 */
export function failedLineResult(item: CorpusItem, error: unknown): LineResult {
  const record = readItem(item);
  if (record.kind === 'invalid') return recordErrorResult(record);
  return encoded(errorLine(record.id, record.line, toRecordError(error)), false, record.text.length);
}

function recordErrorResult(record: Extract<CorpusRecord, { kind: 'invalid' }>): LineResult {
  return encoded(errorLine(record.id, record.line, record.error), false, 0);
}

function encoded(line: string, ok: boolean, chars: number): LineResult {
  return { ok, chars, bytes: encoder.encode(`${line}\n`) };
}
