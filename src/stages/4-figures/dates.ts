import { readDigits } from '../../doc/characters.js';
import { isoDate } from '../2-article/published-date.js';
import { isDigitAt } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';

/** A calendar date read from the text; `value` is 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', or '--MM-DD' / '--MM' without a year. @example // { end: 4, value: '2024-07-04' } */
export interface DateMatch {
  end: number;
  value: string;
}

/** Parts of a year that keep the year's value: 2025年上半年. */
const YEAR_PARTS = ['上半年', '下半年', '前三季度', '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度', '年初', '年底', '年末', '年中', '底', '初'];

/** Calendar years accepted for a bare 2023年 (outside them, 1000年 is a duration). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/**
 * Read a date at `at`: 2024-07-11, 2024/7/11, 2024.07.11, 2024年7月11日, 二〇二四年七月, 2023年, 7月4日 and
 * 4日. A date without a year takes it from `reference` (YYYY-MM-DD): 7月4日 → 2024-07-04; a month more than six
 * months after the reference month is read as last year's.
 *
 * @example
 * readDate('7月4日,记者', 0, '2024-07-11') // { end: 4, value: '2024-07-04' }
 * readDate('2025年上半年', 0, null) // { end: 8, value: '2025' }
 */
export function readDate(text: string, at: number, reference: string | null, first?: Numeral | null): DateMatch | null {
  if (at > 0 && isDigitAt(text, at - 1)) return null;
  return readNumericDate(text, at) ?? readWrittenDate(text, at, reference, first === undefined ? readNumeral(text, at) : first);
}

/** 2024-07-11, 2024/7/11, 2024.07.11 (a four-digit year first). */
function readNumericDate(text: string, at: number): DateMatch | null {
  const year = readDigits(text, at, 4, 4);
  if (!year) return null;
  const sep = text[year.end];
  if (sep !== '-' && sep !== '/' && sep !== '.') return null;
  const month = readDigits(text, year.end + 1, 1, 2);
  if (!month || text[month.end] !== sep) return null;
  const day = readDigits(text, month.end + 1, 1, 2);
  if (!day || isDigitAt(text, day.end)) return null;
  const value = isoDate(year.value, month.value, day.value);
  return value ? { end: day.end, value } : null;
}

/** 2024年7月11日, 二〇二四年, 7月4日, 4日 (Arabic or Han numerals). */
function readWrittenDate(text: string, at: number, reference: string | null, first: Numeral | null): DateMatch | null {
  if (!first || first.glued || first.over || first.min || !first.value.isInteger()) return null;
  const n = Number(first.value.toValue());
  const mark = text[first.end];
  let year: number | null = null;
  let p = first.end;
  let month: number | null = null;
  if (mark === '年') {
    const written = text.slice(at, first.end);
    if (written.length !== 4 || n < FIRST_YEAR || n > LAST_YEAR) return null;
    if (text[first.end + 1] === '代' || text[first.end + 1] === '间' || text[first.end + 1] === '来') return null;
    year = n;
    p = first.end + 1;
    const m = readNumeral(text, p);
    if (m && text[m.end] === '月' && m.value.isInteger()) {
      month = Number(m.value.toValue());
      if (month < 1 || month > 12) return { end: p, value: String(year) };
      p = m.end + 1;
    } else {
      const part = YEAR_PARTS.find((w) => text.startsWith(w, p));
      return { end: p + (part?.length ?? 0), value: String(year) };
    }
  } else if (mark === '月' && text[at - 1] !== '个') {
    if (n < 1 || n > 12) return null;
    month = n;
    p = first.end + 1;
  } else if ((mark === '日' || mark === '号') && n >= 1 && n <= 31 && isDayMark(text, first.end)) {
    return resolveDay(n, first.end + 1, reference);
  } else return null;

  // a month is known: a day may follow
  const d = readNumeral(text, p);
  let day: number | null = null;
  if (d && (text[d.end] === '日' || text[d.end] === '号') && d.value.isInteger()) {
    day = Number(d.value.toValue());
    if (day < 1 || day > 31) day = null;
  }
  const end = day === null ? p : (d as { end: number }).end + 1;
  year ??= relativeYear(text, at, reference) ?? yearFor(month, reference);
  const mm = String(month).padStart(2, '0');
  if (day === null) return { end, value: year === null ? `--${mm}` : `${year}-${mm}` };
  if (year === null) return { end, value: `--${mm}-${String(day).padStart(2, '0')}` };
  const value = isoDate(year, month, day);
  return value ? { end, value } : null;
}

/** 日 as a day of the month, not the 日 of 日元 / 日均 / 日前. */
function isDayMark(text: string, at: number): boolean {
  const next = text[at + 1];
  return next !== '元' && next !== '均' && next !== '产' && next !== '本' && next !== '前' && next !== '益' && next !== '趋';
}

/** A bare day (16日) in the reference month, or the month before when it is later than the reference day. */
function resolveDay(day: number, end: number, reference: string | null): DateMatch | null {
  if (!reference) return null;
  let year = Number(reference.slice(0, 4));
  let month = Number(reference.slice(5, 7));
  if (day > Number(reference.slice(8, 10)) + 1) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  const value = isoDate(year, month, day);
  return value ? { end, value } : null;
}

/** Years named relative to the publication date right before a month: 去年8月, 今年6月, 明年3月. */
const RELATIVE_YEARS: readonly [string, number][] = [['前年', -2], ['去年', -1], ['今年', 0], ['明年', 1]];

function relativeYear(text: string, at: number, reference: string | null): number | null {
  if (!reference) return null;
  const found = RELATIVE_YEARS.find(([word]) => text.startsWith(word, at - word.length));
  return found ? Number(reference.slice(0, 4)) + found[1] : null;
}

function yearFor(month: number, reference: string | null): number | null {
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  return month - Number(reference.slice(5, 7)) > 6 ? year - 1 : year;
}
