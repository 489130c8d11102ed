import type { Tail } from './figure.js';
import { isDigitAt, isLetterAt } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';
import { Rational } from './rational.js';
import { DURATION_UNITS, matchLongest, MEASURE_UNITS } from './units.js';

/**
 * Physical units, with 千/兆 read as the unit's prefix when the unit exists (三千比特, 12千米, 五十兆字节).
 *
 * @example
 * readMeasureTail('三千比特', readNumeral('三千比特', 0)!, 2)?.unit // '千比特'
 */
export function readMeasureTail(text: string, num: Numeral, at: number): Tail | null {
  const last = text[num.end - 1];
  if ((last === '千' || last === '兆') && num.end - num.start > 1 && at === num.end) {
    const prefixed = matchLongest(text, num.end - 1, MEASURE_UNITS);
    if (prefixed && prefixed.length > 1) {
      const shorter = readNumeral(text, num.start, num.end - 1);
      if (shorter && shorter.end === num.end - 1) return measure(text, shorter.value, prefixed, num.end - 1);
    }
  }
  const unit = matchLongest(text, at, MEASURE_UNITS);
  if (unit && !(unit === '度' && text[at + 1] !== '电')) return measure(text, num.value, unit, at);
  if (text[at] === '两' && !num.han && isBoundary(text, at + 1)) return { kind: 'measure', value: num.value, end: at + 1, unit: '两' };
  if (last === '两' && !num.lone && num.end - num.start > 1) {
    // 三千两百两 / 二两: the last 两 is the unit (liang) when nothing else follows
    const shorter = readNumeral(text, num.start, num.end - 1);
    if (shorter && shorter.end === num.end - 1 && isBoundary(text, num.end)) return { kind: 'measure', value: shorter.value, end: num.end, unit: '两' };
  }
  return null;
}

/**
 * End of text, or anything before the CJK blocks (punctuation, spaces, Latin).
 *
 * @example
 * isBoundary('3两,', 2) // true
 */
export function isBoundary(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) < 0x2e80;
}

export function measure(text: string, value: Rational, unit: string, at: number): Tail | null {
  let end = at + unit.length;
  if (isLetterAt(text, end - 1) && (isLetterAt(text, end) || isDigitAt(text, end))) return null; // 5Gb? a code
  let v = value;
  if (text[end] === '半') {
    v = v.plus(Rational.of(1, 2)); // 一吨半, 两米半
    end++;
  }
  return { kind: 'measure', value: v, end, unit };
}

/**
 * 一个半小时, 两个半月: a duration and a half; any other 个半 is left unread rather than read wrongly.
 *
 * @example
 * halfDuration('一个半小时', readNumeral('一个半小时', 0)!, 3, '个')?.value.toValue() // 1.5
 */
export function halfDuration(text: string, num: Numeral, at: number, word: string): Tail | null {
  if (word !== '个') return null;
  const unit = matchLongest(text, at, DURATION_UNITS) ?? (DURATION_UNITS.has(`个${text[at]}`) ? text[at] : null);
  if (!unit) return null;
  return { kind: 'duration', value: num.value.plus(Rational.of(1, 2)), end: at + unit.length, unit: durationUnit(unit) };
}

/**
 * 3个月 → 月, 十年间 → 年.
 *
 * @example
 * durationUnit('个月') // '月'
 */
export function durationUnit(word: string): string {
  return DURATION_UNIT_NAMES[word] ?? word.replace('个', '');
}

const DURATION_UNIT_NAMES: Readonly<Record<string, string>> = {
  年间: '年', 秒钟: '秒', 个年头: '年', 工作日: '天', 个工作日: '天', 多年: '年', 周年: '年', 个小时: '小时', 个星期: '周', 星期: '周',
};
