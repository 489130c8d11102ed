import { describeValue, ZhnewsError } from './errors.js';
import { isoDate } from './stages/2-article/published-date.js';
import type { Segmenter } from './stages/3-segment/index.js';

export interface AnalyzeOptions {
  /** Publication date (YYYY-MM-DD) when the caller knows it; overrides what the article says. */
  publishedAt?: string | null;
}

export interface AnalyzerOptions extends AnalyzeOptions {
  /** A segmenter to use instead of nodejieba (for tests or another dictionary). */
  segmenter?: Segmenter;
  /**
   * Path of an entity model file to use instead of the shipped one: a model trained on your own labelled news
   * with `npm run train:ner -- --data my.jsonl --out my-model.bin` (see MODEL_CARD.md).
   */
  entityModel?: string;
}

/**
 * Check a `YYYY-MM-DD` date option, returning it or null.
 *
 * @example
 * checkDateOption('2024-07-11', 'publishedAt') // '2024-07-11'
 * checkDateOption('2024-13-01', 'publishedAt') // throws ZhnewsError E_DATE
 */
export function checkDateOption(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = m ? isoDate(+m[1], +m[2], +m[3]) : null;
    if (date) return date;
  }
  throw new ZhnewsError('E_DATE', `option ${name} must be a date written YYYY-MM-DD, got ${describeValue(value)}`);
}

/**
 * Check the `entityModel` option: a path, or absent.
 *
 * @example
 * checkPathOption('models/my.bin', 'entityModel') // 'models/my.bin'
 * checkPathOption(42, 'entityModel') // throws ZhnewsError E_OPTION
 */
export function checkPathOption(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value !== '') return value;
  throw new ZhnewsError('E_OPTION', `option ${name} must be a file path, got ${describeValue(value)}`);
}

/** Reject options that are not a plain object. */
export function checkOptionsObject(options: unknown): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new ZhnewsError('E_OPTION', `options must be an object, got ${describeValue(options)}`);
  }
  return options as Record<string, unknown>;
}
