import { toSourceSpan } from '../../doc/offset-map.js';
import { describeValue, ZhnewsError } from '../../errors.js';
import { checkDateOption, checkOptionsObject } from '../../options.js';
import type { Figure } from '../../types.js';
import { normalize } from '../1-normalize/index.js';
import { scanText } from './commas.js';
import { scanNumbers } from './numbers.js';
import type { ScannedFigure } from './figure.js';
import { scanFigures } from './scan.js';
import { CURRENCY_WORDS, matchLongest } from './units.js';

export type RecognizeKind = 'number' | 'percent' | 'ordinal' | 'money' | 'measure' | 'range' | 'date';

export interface RecognizeOptions {
  /** YYYY-MM-DD: resolves dates without a year (7月4日 → 2024-07-04). */
  referenceDate?: string;
}

/** One recognised figure; `text === input.slice(start, end)`. */
export interface Recognized {
  text: string;
  start: number;
  end: number;
  /**
   * Exact where a double holds it; an exact decimal string beyond Number.MAX_SAFE_INTEGER; dates as ISO strings.
   * null only for a currency named without an amount (kind 'money': 人民币, 美元).
   */
  value: number | string | null;
  unit?: string;
  min?: number;
  max?: number;
}

/** Which figure kinds each recognise kind returns. */
const KINDS: Record<Exclude<RecognizeKind, 'number'>, readonly Figure['kind'][]> = {
  percent: ['percent', 'percentage-points'],
  ordinal: ['ordinal'],
  money: ['money'],
  measure: ['measure'],
  range: ['range'],
  date: ['date'],
};

/**
 * Find figures of one kind in any string (Simplified or Traditional, full- or half-width), with offsets into
 * that string. 'number' lists every number, also those inside money or measures; 'percent' includes percentage
 * points (unit 'pp'); an ordinal spans 第 and its numeral (第一 of 第一名), as Recognizers-Text does.
 *
 * @example
 * recognize('成交额约为２０００万元', 'money') // [{ text: '２０００万元', start: 5, end: 11, value: 20000000, unit: 'CNY' }]
 * recognize('7月4日', 'date', { referenceDate: '2024-07-11' })[0].value // '2024-07-04'
 */
export function recognize(text: string, kind: RecognizeKind, options?: RecognizeOptions): Recognized[] {
  if (typeof text !== 'string') throw new ZhnewsError('E_INPUT_TYPE', `recognize() needs a string, got ${describeValue(text)}`);
  if (kind !== 'number' && !Object.hasOwn(KINDS, kind)) {
    throw new ZhnewsError('E_KIND', `recognize() kind must be one of number, ${Object.keys(KINDS).join(', ')}; got ${describeValue(kind)}`);
  }
  const reference = checkDateOption(checkOptionsObject(options).referenceDate, 'referenceDate');
  const { text: folded, map } = normalize(text);
  const normalised = scanText(folded, text, map);
  const place = (start: number, end: number) => {
    const [s, e] = toSourceSpan(map, start, end);
    return { text: text.slice(s, e), start: s, end: e };
  };
  if (kind === 'number') {
    return scanNumbers(normalised).map((n) => ({ ...place(n.start, n.end), value: n.value.toValue() }));
  }
  const wanted = KINDS[kind];
  const figures = scanFigures(normalised, reference).filter((f) => wanted.includes(f.kind));
  const found = figures.map((f) => {
    const item: Recognized = { ...place(f.start, f.core), value: f.value };
    if (f.unit !== undefined) item.unit = f.unit;
    if (f.min !== undefined) item.min = f.min;
    if (f.max !== undefined) item.max = f.max;
    return item;
  });
  if (kind !== 'money') return found;
  const names = currencyNames(normalised, figures).map((n) => ({ ...place(n.start, n.end), value: null, unit: n.unit }));
  return [...found, ...names].sort((a, b) => a.start - b.start);
}

/** Currencies named without an amount (人民币, 美元), outside the money figures already found; value left empty. */
function currencyNames(text: string, money: readonly ScannedFigure[]): { start: number; end: number; unit: string }[] {
  const names: { start: number; end: number; unit: string }[] = [];
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    while (next < money.length && money[next].end <= i) next++;
    if (next < money.length && money[next].start <= i) continue;
    const word = matchLongest(text, i, CURRENCY_WORDS);
    if (!word || word.length < 2 || word.startsWith('元')) continue;
    names.push({ unit: CURRENCY_WORDS.get(word)!, start: i, end: i + word.length });
    i += word.length - 1;
  }
  return names;
}
