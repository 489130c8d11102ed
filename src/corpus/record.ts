import { describeValue, type ZhnewsErrorCode } from '../errors.js';

/** A document's identity in a corpus: the record's own `id`, else its line number (or file name for a directory). */
export type RecordId = string | number;

/** Why a record produced no analysis: the `error` of an error line. */
export interface RecordError {
  code: ZhnewsErrorCode;
  message: string;
}

/** One input document, ready to analyse, or the reason it cannot be. */
export type CorpusRecord =
  | {
      kind: 'document';
      id: RecordId;
      /** 1-based line of the JSONL input (position in the listing for a directory). */
      line: number;
      text: string;
      publishedAt: string | null;
      /** Other fields of the input record, copied to the output line. */
      extra: Record<string, unknown>;
    }
  | { kind: 'invalid'; id: RecordId | null; line: number; error: RecordError };

/**
 * One input document as the main thread hands it to a worker: a raw JSONL line (read in the worker, so the main
 * thread never parses it), or a record already read (a directory's file; a line `--resume` had to read for its id).
 */
export type CorpusItem = { line: number; source: string } | { record: CorpusRecord };

/**
 * The record of an item, reading its JSONL line if that was not done yet.
 *
 * @example
 * readItem({ line: 3, source: '{"id":"a1","text":"上饶新闻"}' }).id // 'a1'
 */
export function readItem(item: CorpusItem): CorpusRecord {
  return 'record' in item ? item.record : readRecord(item.source, item.line);
}

/**
 * Read one JSONL line: a JSON object with a string `text`, an optional string or number `id` (default: the line
 * number) and an optional `publishedAt`; every other field is passed through. Never throws: a bad line becomes an
 * `invalid` record with an `E_RECORD` error.
 *
 * @example
 * readRecord('{"id":"a1","text":"上饶新闻","site":"jx"}', 1)
 * // { kind: 'document', id: 'a1', line: 1, text: '上饶新闻', publishedAt: null, extra: { site: 'jx' } }
 * readRecord('not json', 2).kind // 'invalid'
 */
export function readRecord(source: string, line: number): CorpusRecord {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (cause) {
    return invalid(null, line, `line ${line} is not JSON: ${(cause as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(null, line, `line ${line} must be a JSON object, got ${describeValue(value)}`);
  }
  const { id: rawId, text, publishedAt, ...extra } = value as Record<string, unknown>;
  const hasId = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId));
  if (rawId !== undefined && rawId !== null && !hasId) {
    return invalid(null, line, `line ${line}: id must be a string or a number, got ${describeValue(rawId)}`);
  }
  const id = hasId ? (rawId as RecordId) : line;
  if (typeof text !== 'string') {
    return invalid(id, line, `line ${line}: text must be a string, got ${text === undefined ? 'nothing' : describeValue(text)}`);
  }
  if (publishedAt !== undefined && publishedAt !== null && typeof publishedAt !== 'string') {
    return invalid(id, line, `line ${line}: publishedAt must be a string YYYY-MM-DD, got ${describeValue(publishedAt)}`);
  }
  return { kind: 'document', id, line, text, publishedAt: publishedAt ?? null, extra };
}

function invalid(id: RecordId | null, line: number, message: string): CorpusRecord {
  return { kind: 'invalid', id, line, error: { code: 'E_RECORD', message } };
}

/**
 * The key `--resume` compares: the id when there is one, else the line (a line that was not JSON has no id).
 *
 * @example
 * resumeKey('a1', 7) // 'id:"a1"'
 * resumeKey(null, 7) // 'line:7'
 */
export function resumeKey(id: RecordId | null, line: number): string {
  return id === null ? `line:${line}` : `id:${JSON.stringify(id)}`;
}
