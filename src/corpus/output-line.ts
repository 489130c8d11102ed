import type { DocJSON } from '../types.js';
import type { CorpusRecord, RecordError, RecordId } from './record.js';

/** Fields of the analysis; an input field of the same name is not copied (the analysis wins). */
const DOC_FIELDS = {
  schemaVersion: true,
  text: true,
  meta: true,
  boilerplate: true,
  paragraphs: true,
  sentences: true,
  tokens: true,
  entities: true,
  figures: true,
  summary: true,
} satisfies Record<keyof DocJSON, true>;

/**
 * The output line of an analysed document: `{id, …other input fields, …doc.toJSON()}`. The document's JSON comes
 * serialised from the worker and is spliced in as text, so the main thread never parses or re-serialises it.
 *
 * @example
 * documentLine({ kind: 'document', id: 'a1', line: 1, text: '…', publishedAt: null, extra: { site: 'jx' } }, '{"schemaVersion":"1.0.0"}')
 * // '{"id":"a1","site":"jx","schemaVersion":"1.0.0"}'
 */
export function documentLine(record: Extract<CorpusRecord, { kind: 'document' }>, docJson: string): string {
  const head: Record<string, unknown> = { id: record.id };
  for (const [key, value] of Object.entries(record.extra)) if (!Object.hasOwn(DOC_FIELDS, key)) head[key] = value;
  const prefix = JSON.stringify(head);
  return docJson === '{}' ? prefix : `${prefix.slice(0, -1)},${docJson.slice(1)}`;
}

/**
 * The output line of a document that failed: `{id, line, error: {code, message}}`.
 *
 * @example
 * errorLine(null, 3, { code: 'E_RECORD', message: 'line 3 is not JSON' })
 * // '{"id":null,"line":3,"error":{"code":"E_RECORD","message":"line 3 is not JSON"}}'
 */
export function errorLine(id: RecordId | null, line: number, error: RecordError): string {
  return JSON.stringify({ id, line, error });
}
