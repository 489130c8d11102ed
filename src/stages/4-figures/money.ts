import { approxBefore } from './approximations.js';
import type { ScannedFigure, Tail } from './figure.js';
import { BIG_UNITS, skipSpaces } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';
import { Rational } from './rational.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, matchLongest, MINOR_UNITS } from './units.js';

/**
 * 元 / 万元 / 美元 / 港币 ...; 20个比特币; compounds 五元三毛, 两美元又三美分; 8亿元人民币.
 *
 * @example
 * readMoneyTail('五元三毛', readNumeral('五元三毛', 0)!, 1)?.value.toValue() // 5.3
 */
export function readMoneyTail(text: string, num: Numeral, at: number): Tail | null {
  let p = at;
  if (text[p] === '个' && matchLongest(text, p + 1, CURRENCY_WORDS) === '比特币') p++;
  let word = matchLongest(text, p, CURRENCY_WORDS);
  if (!word && text[p] === '块' && isMoneyKuai(text, p)) word = text[p + 1] === '钱' ? '块钱' : '块';
  if (!word) return null;
  const currency = CURRENCY_WORDS.get(word) ?? 'CNY';
  let value = num.value;
  let end = p + word.length;
  if (word === '元' && text.startsWith('人民币', end)) end += 3;
  // minor units: 五元三毛, 50元6角三分, 两美元又三美分, 10日元5日本銭
  for (let round = 0; round < 2; round++) {
    const minor = readNumeral(text, text[end] === '又' || text[end] === '零' ? end + 1 : end);
    if (!minor || minor.glued) break;
    const unit = matchLongest(text, minor.end, MINOR_UNITS);
    const info = unit ? MINOR_UNITS.get(unit) : undefined;
    if (!unit || !info || info.of !== currency) break;
    if (unit === '分' && (text[minor.end + 1] === '之' || text[minor.end + 1] === '钟')) break; // 三分之一, 五分钟
    value = value.plus(minor.value.times(Rational.pow10(info.exponent)));
    end = minor.end + unit.length;
  }
  return { kind: 'money', value, end, unit: currency };
}

/**
 * 块 is money at a boundary or before 钱 (三块, 三块钱), a measure word before a noun (一块蛋糕).
 *
 * @example
 * isMoneyKuai('一块蛋糕', 1) // false
 */
export function isMoneyKuai(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || text[at + 1] === '钱' || next < 0x2e80 || '，。；、！？)”'.includes(text[at + 1]);
}

/**
 * $20, ￥300, US$5: a currency symbol before the amount.
 *
 * @example
 * readSymbolMoney('$20', 0, '$', out) // 3, out[0] is 20 USD
 */
export function readSymbolMoney(text: string, at: number, symbol: string, out: ScannedFigure[]): number {
  const start = at + symbol.length;
  const num = readNumeral(text, skipSpaces(text, start, text.length));
  if (!num || num.glued || num.han) return start;
  let end = num.end;
  let value = num.value;
  const big = matchLongest(text, end, BIG_UNITS);
  if (big && !num.han) {
    value = value.times(Rational.pow10(BIG_UNITS.get(big)!));
    end += big.length;
  }
  out.push({ kind: 'money', value: value.toValue(), unit: CURRENCY_SYMBOLS.get(symbol)!, start: at, end, core: end, approx: approxBefore(text, at) });
  return end;
}

/**
 * 人民币 50元: a currency named before the amount joins the figure.
 *
 * @example
 * // '人民币 50元': the figure 50元 grows to cover 人民币
 */
export function widenOverPrefix(text: string, figure: ScannedFigure, prefix: string): void {
  let p = figure.start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t') && figure.start - p < 4) p--;
  if (!text.startsWith(prefix, p - prefix.length)) return;
  figure.start = p - prefix.length;
  figure.approx ??= approxBefore(text, figure.start); // 约合人民币20亿元
  if (figure.approx === 'over') figure.min = Number(figure.value);
  if (figure.approx === 'under' || figure.approx === 'nearly') figure.max = Number(figure.value);
}
