import { approxBefore } from './approximations.js';
import type { ScannedFigure, Tail } from './figure.js';
import { HAN_DIGITS, isDigitAt, skipSpaces } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';
import { Rational } from './rational.js';
import { matchSpaced } from './spaced.js';

/**
 * 五成 = 50%, 七成六 = 76%, 三成半 = 35%; 九折 = 90%, 75折 = 75%, 9.9折 = 99%. 十折 is no discount at all.
 *
 * @example
 * readTenths('五成', readNumeral('五成', 0)!, 1)?.value.toValue() // 50
 */
export function readTenths(text: string, num: Numeral, at: number): Tail | null {
  const v = num.value;
  const ten = Rational.of(10);
  if (text[at] === '成') {
    if (v.compare(ten) > 0) return null;
    let value = v.times(ten);
    let end = at + 1;
    const q = skipSpaces(text, end, text.length);
    const extra = text[q] === '半' ? 5 : HAN_DIGITS.get(text[q]);
    if (extra !== undefined && extra > 0 && !HAN_DIGITS.has(text[q + 1] ?? '') && text[q + 1] !== '成') {
      value = value.plus(Rational.of(extra));
      end = q + 1;
    }
    return { kind: 'percent', value, end, unit: '%' };
  }
  if (v.compare(ten) === 0 || v.compare(Rational.of(100)) >= 0) return null;
  return { kind: 'percent', value: v.compare(ten) < 0 ? v.times(ten) : v, end: at + 1, unit: '%' };
}

/** Powers of ten that may name a fraction's denominator: 百分之, 千分之, 百万分之, 万万分之. */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([['百', 2], ['佰', 2], ['千', 3], ['仟', 3], ['万', 4]]);
const MAX_DENOMINATOR_CHARS = 4;

/**
 * 百分之五十, 千分之2.4, 万分之三, 百万分之五, 百分之百, 百分之二三十 (spaces allowed between the characters).
 *
 * @example
 * readPercentPrefix('百分之五十', 0, out) // 5, out[0].value === 50
 */
export function readPercentPrefix(text: string, at: number, out: ScannedFigure[]): number {
  let power = 0;
  let p = at;
  for (let k = 0; k < MAX_DENOMINATOR_CHARS && DENOMINATORS.has(text[p]); k++) {
    power += DENOMINATORS.get(text[p])!;
    p = skipSpaces(text, p + 1, text.length);
  }
  if (power === 0) return -1;
  const after = matchSpaced(text, p, '分之');
  if (after < 0) return -1;
  const q = skipSpaces(text, after, text.length);
  const num = readNumeral(text, q);
  let value: Rational | null = null;
  let end = q;
  if (num && !num.glued) {
    value = num.value;
    end = num.end;
  } else if (!num && (text[q] === '百' || text[q] === '佰')) {
    value = Rational.of(100); // 百分之百
    end = q + 1;
  }
  if (!value) return at + 1;
  const scale = Rational.pow10(2 - power);
  const figure: ScannedFigure = { kind: 'percent', value: value.times(scale).toValue(), unit: '%', start: at, end, core: end };
  if (num?.min && num.max) {
    // 百分之二三十: a vague range
    figure.kind = 'range';
    figure.value = num.min.times(scale).toValue();
    figure.min = Number(figure.value);
    figure.max = Number(num.max.times(scale).toValue());
  }
  figure.approx = approxBefore(text, at);
  out.push(figure);
  return end;
}

/**
 * 半成 (5%), 半折 and 打对折 (50%): halves written as words.
 *
 * @example
 * readHalfPercent('半成', 0, out) // 2, out[0].value === 5
 */
export function readHalfPercent(text: string, at: number, out: ScannedFigure[]): number {
  const word = text.startsWith('半成', at) ? '半成' : text.startsWith('半折', at) ? '半折' : text.startsWith('对折', at) && text[at - 1] === '打' ? '对折' : null;
  if (!word) return -1;
  out.push({ kind: 'percent', value: word === '半成' ? 5 : 50, unit: '%', start: at, end: at + 2, core: at + 2, approx: null });
  return at + 2;
}

/**
 * Discounts written digit by digit: 三八折, 九 九 折, 7 2 折 (= 72%).
 *
 * @example
 * readDigitDiscount('三八折', 0, out) // 3, out[0].value === 38
 */
export function readDigitDiscount(text: string, at: number, out: ScannedFigure[]): number {
  const a = singleDigit(text, at);
  if (a === null) return -1;
  const q = skipSpaces(text, at + 1, text.length);
  const b = singleDigit(text, q);
  if (b === null) return -1;
  const z = skipSpaces(text, q + 1, text.length);
  if (text[z] !== '折' || (isDigitAt(text, at) !== isDigitAt(text, q))) return -1;
  out.push({ kind: 'percent', value: a * 10 + b, unit: '%', start: at, end: z + 1, core: z + 1, approx: null });
  return z + 1;
}

function singleDigit(text: string, at: number): number | null {
  if (isDigitAt(text, at)) return isDigitAt(text, at + 1) || isDigitAt(text, at - 1) || text[at + 1] === '.' ? null : text.charCodeAt(at) - 48;
  const d = HAN_DIGITS.get(text[at]);
  return d === undefined || d === 0 ? null : d;
}
