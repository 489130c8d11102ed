/** Character tables for Chinese numerals, in the normalised (Simplified) text. */

/** Han digits, everyday and financial (大写) forms; 〇 and 零 are zero, 两/俩 two. @example HAN_DIGITS.get('陆') // 6 */
export const HAN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0],
  ['一', 1], ['壹', 1], ['幺', 1],
  ['二', 2], ['两', 2], ['俩', 2], ['贰', 2],
  ['三', 3], ['叁', 3], ['参', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** Multipliers inside a four-digit section. @example SMALL_UNITS.get('佰') // 100 */
export const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000],
]);

/** Section multipliers as powers of ten (兆 is 10^12, as in mainland finance writing and Recognizers-Text). @example BIG_UNITS.get('亿') // 8 */
export const BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 4],
  ['亿', 8],
  ['兆', 12],
]);

/** Tens written as one character: 廿 20, 卅 30, 卌 40. @example TENS.get('廿') // 20 */
export const TENS: ReadonlyMap<string, number> = new Map([
  ['廿', 20],
  ['卅', 30],
  ['卌', 40],
]);

/** Financial digits and 参/幺 are also ordinary words (伍 of 队伍, 陆 of 陆地): alone they need a clear boundary. @example WORDY_DIGITS.has('陆') // true */
export const WORDY_DIGITS = new Set(['壹', '贰', '叁', '参', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟', '幺', '零', '〇']);

/** Whether `ch` can be part of a Han numeral. @example isHanNumeral('亿') // true */
export function isHanNumeral(ch: string): boolean {
  return HAN_DIGITS.has(ch) || SMALL_UNITS.has(ch) || BIG_UNITS.has(ch) || TENS.has(ch);
}

export { isDigitAt } from '../../doc/characters.js';

/** ASCII letter test on a string position. @example isLetterAt('4K', 1) // true */
export function isLetterAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/** Index of the first non-space (space or tab) at or after `at`, staying below `limit`. @example skipSpaces('1  万', 1, 4) // 3 */
export function skipSpaces(text: string, at: number, limit: number): number {
  let p = at;
  while (p < limit && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  return p;
}
