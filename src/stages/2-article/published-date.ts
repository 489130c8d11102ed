import { isDigitAt, readDigits } from '../../doc/characters.js';

/**
 * Find the first calendar date in a piece of text and return it as ISO YYYY-MM-DD: 2024-07-11, 2024/7/11,
 * 2024.07.11, 2024年7月11日, 20240711 (eight digits standing alone). Invalid dates (2024-02-30) are skipped.
 *
 * @example
 * findDate('时间:2024-07-11 浏览') // '2024-07-11'
 * findDate('2024年7月4日 10:20') // '2024-07-04'
 */
export function findDate(text: string): string | null {
  for (let i = 0; i + 8 <= text.length; i++) {
    if (!isDigitAt(text, i) || (i > 0 && isDigitAt(text, i - 1))) continue;
    const date = readDateAt(text, i);
    if (date) return date;
  }
  return null;
}

function readDateAt(text: string, at: number): string | null {
  const year = readDigits(text, at, 4, 4);
  if (!year) return null;
  let p = year.end;
  const sep = text[p];
  if (sep === undefined || isDigitAt(text, p)) {
    // 20240711 form: exactly eight digits
    const compact = readDigits(text, at, 8, 8);
    if (!compact || isDigitAt(text, compact.end)) return null;
    const s = text.slice(at, at + 8);
    return isoDate(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
  }
  if (!'-/.年'.includes(sep)) return null;
  p++;
  const month = readDigits(text, p, 1, 2);
  if (!month) return null;
  p = month.end;
  const sep2 = text[p];
  const expected = sep === '年' ? '月' : sep;
  if (sep2 !== expected) return null;
  const day = readDigits(text, p + 1, 1, 2);
  if (!day || (sep !== '年' && isDigitAt(text, day.end))) return null;
  return isoDate(year.value, month.value, day.value);
}

/** 'YYYY-MM-DD' for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
