import type { Range } from '../2-article/index.js';

/** Punctuation that ends a clause (half-width forms are what stage 1 leaves; full-width kept for safety). */
const CLAUSE_ENDS = new Set([',', '，', ';', '；', '。', '!', '！', '?', '？', ':', '：', '\n', '…']);
/** The same as code units, for scanning without making a string per character. */
const CLAUSE_END_CODES = new Set([...CLAUSE_ENDS].map((c) => c.charCodeAt(0)));

/**
 * Split a range of the text into clauses at commas, semicolons, colons and sentence ends.
 *
 * @example
 * splitClauses('近年来,上饶坚持对接。', { start: 0, end: 11 }).length // 2
 */
export function splitClauses(text: string, range: Range): Range[] {
  const clauses: Range[] = [];
  let start = range.start;
  for (let i = range.start; i < range.end; i++) {
    if (!CLAUSE_END_CODES.has(text.charCodeAt(i))) continue;
    if (i > start) clauses.push({ start, end: i });
    start = i + 1;
  }
  if (range.end > start) clauses.push({ start, end: range.end });
  return clauses;
}

/**
 * Whether a character ends a clause.
 *
 * @example
 * isClauseEnd(',') // true
 */
export function isClauseEnd(char: string | undefined): boolean {
  return char === undefined || CLAUSE_ENDS.has(char);
}
