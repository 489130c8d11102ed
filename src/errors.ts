/**
 * Every failure zhnews reports is a `ZhnewsError` with a stable `code`, so callers can branch on the code and
 * never on message text (in the manner of spaCy's numbered errors).
 *
 * @example
 * try { analyze(42 as unknown as string) } catch (e) { (e as ZhnewsError).code } // 'E_INPUT_TYPE'
 */
export const ERROR_CODES = {
  /** analyze() was given something that is not a string. */
  E_INPUT_TYPE: 'The input must be a string',
  /** An option has the wrong type or an invalid value. */
  E_OPTION: 'Invalid option',
  /** A date option or argument could not be read as YYYY-MM-DD. */
  E_DATE: 'Invalid date',
  /** A bundled resource (dictionary, gazetteer, model) could not be loaded. */
  E_RESOURCE: 'A bundled resource could not be loaded',
  /** recognize() was asked for a kind it does not know. */
  E_KIND: 'Unknown kind',
  /** A file or directory given to the CLI could not be read or written. */
  E_IO: 'File system error',
  /** A corpus line was not a JSON object with a string `text`. */
  E_RECORD: 'Invalid corpus record',
  /** Anything unexpected inside the analyser: a bug, please report it. */
  E_INTERNAL: 'Internal error',
} as const;

export type ZhnewsErrorCode = keyof typeof ERROR_CODES;

export class ZhnewsError extends Error {
  readonly code: ZhnewsErrorCode;

  constructor(code: ZhnewsErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${code}: ${message}`, options);
    this.name = 'ZhnewsError';
    this.code = code;
  }
}

/** A short human description of any value, for error messages: `number 42`, `object null`, `array(3)`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === 'string') return `a string of length ${value.length}`;
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value)})`;
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
