import type { FigureDraft } from '../../doc/analysis.js';
import type { Figure } from '../../types.js';
import { approxAfter, approxBefore } from './approximations.js';
import { readDate } from './dates.js';
import { BIG_UNITS, HAN_DIGITS, isDigitAt, isLetterAt, skipSpaces, WORDY_DIGITS } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';
import { Rational } from './rational.js';
import { setPhraseAt, startsSetPhrase } from './set-phrases.js';
import { matchSpaced } from './spaced.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATION_UNITS, matchLongest, MEASURE_UNITS, MEASURE_WORDS, MINOR_UNITS } from './units.js';
import { skipCode, skipUrl } from './skip.js';

/** A figure as the scanner finds it; `core` ends the numeral proper (the 第六 of 第六届). @example // { kind: 'ordinal', value: 6, start: 0, end: 3, core: 2 } */
export type ScannedFigure = FigureDraft & { core: number };

/** What a numeral's tail made of it, before approximations and ranges. */
interface Tail {
  kind: Figure['kind'];
  value: Rational;
  end: number;
  unit?: string;
}

/** Bare Arabic numbers this long without separators are IDs, phone numbers or codes, not figures. */
const ID_DIGITS = 7;
/** Range connectors between two figures: 10至20家, 3-5个, 20%—30%. */
const CONNECTORS = ['——', '至', '到', '-', '—', '~', '–', '〜'];

/**
 * Every figure of a text, in order, found in one forward pass: numbers, percentages, percentage points, money,
 * counts, measures, durations, ordinals, dates and ranges, with approximations. Subjects are added later.
 *
 * @example
 * scanFigures('成交额约为2000万元', null)[0] // { kind: 'money', value: 20000000, unit: 'CNY', approx: 'about', ... }
 */
export function scanFigures(text: string, reference: string | null): ScannedFigure[] {
  const out: ScannedFigure[] = [];
  let i = 0;
  while (i < text.length) {
    const next = figureAt(text, i, reference, out);
    i = next > i ? next : i + 1;
  }
  return out;
}

/** Characters other than numerals, ASCII and set-phrase starts that can begin a figure. */
const STARTERS = new Set([...'第负半对几数十拾百佰千仟万亿兆廿卅卌￥¥€£']);

let starterTable: Uint8Array | null = null;

/** Whether anything may start at i: most Han characters cannot, and are passed over at once. */
function mayStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c !== 0x20 && c !== 0x0a;
  starterTable ??= buildStarterTable();
  return starterTable[c] === 1;
}

/** One flag per BMP code unit: numerals, starters and set-phrase initials (built once, on first use). */
function buildStarterTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let c = 0x80; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (HAN_DIGITS.has(ch) || STARTERS.has(ch) || startsSetPhrase(ch)) table[c] = 1;
  }
  return table;
}

/** Read what starts at i; push a figure when there is one. Returns where scanning continues (≤ i: move on by one). */
function figureAt(text: string, i: number, reference: string | null, out: ScannedFigure[]): number {
  if (!mayStart(text, i)) return -1;
  const ch = text[i];
  const symbol = CURRENCY_SYMBOLS.has(ch) ? ch : text.startsWith('US$', i) ? 'US$' : text.startsWith('HK$', i) ? 'HK$' : null;
  if (symbol) return readSymbolMoney(text, i, symbol, out);
  const skipped = skipUrl(text, i) || skipCode(text, i) || setPhraseAt(text, i);
  if (skipped > 0) return i + skipped;
  if (ch === '第') return readOrdinal(text, i, out);
  const percent = readPercentPrefix(text, i, out);
  if (percent > i) return percent;
  const half = readHalfPercent(text, i, out);
  if (half > i) return half;
  const discount = readDigitDiscount(text, i, out);
  if (discount > i) return discount;
  const num = readNumeral(text, i);
  const date = readDate(text, i, reference, num);
  if (date) {
    out.push({ kind: 'date', value: date.value, start: i, end: date.end, core: date.end });
    return date.end;
  }
  if (!num) return -1;
  if (num.glued) return readGlued(text, num, out);
  if (isTime(text, num)) return skipTime(text, num.end);
  const tail = readTail(text, num);
  if (!tail) return num.end;
  const figure = finish(text, num, tail);
  if (figure.kind === 'money' && figure.unit === 'CNY') widenOverPrefix(text, figure, '人民币');
  const range = readRangeEnd(text, num, figure);
  out.push(range ?? figure);
  return (range ?? figure).end;
}

/** The kind, unit and value a numeral's tail gives it; null when it is not a figure on its own (一 of 一看). */
function readTail(text: string, num: Numeral): Tail | null {
  const value = num.value;
  let p = skipSpaces(text, num.end, text.length);
  const ch = text[p];
  if (ch === '%') return { kind: 'percent', value, end: p + 1, unit: '%' };
  if (ch === '‰') return { kind: 'percent', value: value.times(Rational.pow10(-1)), end: p + 1, unit: '%' };
  const points = matchSpaced(text, p, '个百分点');
  const pointsEnd = points > 0 ? points : matchSpaced(text, p, '百分点');
  if (pointsEnd > 0) return { kind: 'percentage-points', value, end: pointsEnd, unit: 'pp' };
  if (ch === '成' || ch === '折') {
    const tenths = readTenths(text, num, p);
    if (tenths) return tenths;
  }
  // 10余家, 1000余名, 20多个: 余/多 belong to the figure
  const q = (ch === '余' || ch === '多') && !num.over ? p + 1 : p;
  const money = readMoneyTail(text, num, q);
  if (money) return money;
  const measure = readMeasureTail(text, num, q);
  if (measure) return measure;
  const duration = matchLongest(text, q, DURATION_UNITS);
  if (duration) return { kind: 'duration', value, end: q + duration.length, unit: durationUnit(duration) };
  if (text[q] === '个' && (text[q + 1] === '多' || text[q + 1] === '余')) {
    // 2个多月, 2个多小时
    const rest = matchLongest(text, q + 2, DURATION_UNITS) ?? (DURATION_UNITS.has(`个${text[q + 2]}`) ? text[q + 2] : null);
    if (rest) return { kind: 'duration', value, end: q + 2 + rest.length, unit: durationUnit(rest) };
  }
  if (num.lone && WORDY_DIGITS.has(text[num.start])) return null; // 零部件, 陆家嘴: not counts
  const word = matchLongest(text, q, MEASURE_WORDS);
  if (word && !(word === '块' && isMoneyKuai(text, q))) {
    if (text[q + word.length] === '半') return halfDuration(text, num, q + word.length + 1, word); // 一个半小时
    if (num.lone && text[num.start] === '一') return null; // 一个, 一项: an article, not a count a reader quotes
    return { kind: 'count', value, end: q + word.length, unit: word };
  }
  if (num.lone || num.pair) return null; // 一看, 二三线: words, not numbers
  if (!num.han && isIdLike(text, num)) return null;
  if (isYearLabel(text, num)) return { kind: 'date', value, end: num.end };
  return { kind: 'number', value, end: num.end };
}

/** 一个半小时, 两个半月: a duration and a half; any other 个半 is left unread rather than read wrongly. */
function halfDuration(text: string, num: Numeral, at: number, word: string): Tail | null {
  if (word !== '个') return null;
  const unit = matchLongest(text, at, DURATION_UNITS) ?? (DURATION_UNITS.has(`个${text[at]}`) ? text[at] : null);
  if (!unit) return null;
  return { kind: 'duration', value: num.value.plus(Rational.of(1, 2)), end: at + unit.length, unit: durationUnit(unit) };
}

/** 3个月 → 月, 十年间 → 年. */
function durationUnit(word: string): string {
  return DURATION_UNIT_NAMES[word] ?? word.replace('个', '');
}

const DURATION_UNIT_NAMES: Readonly<Record<string, string>> = {
  年间: '年', 秒钟: '秒', 个年头: '年', 工作日: '天', 个工作日: '天', 多年: '年', 周年: '年', 个小时: '小时', 个星期: '周', 星期: '周',
};

/** 五成 = 50%, 七成六 = 76%, 三成半 = 35%; 九折 = 90%, 75折 = 75%, 9.9折 = 99%. 十折 is no discount at all. */
function readTenths(text: string, num: Numeral, at: number): Tail | null {
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

/** 元 / 万元 / 美元 / 港币 ...; 20个比特币; compounds 五元三毛, 两美元又三美分; 8亿元人民币. */
function readMoneyTail(text: string, num: Numeral, at: number): Tail | null {
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

/** 块 is money at a boundary or before 钱 (三块, 三块钱), a measure word before a noun (一块蛋糕). */
function isMoneyKuai(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return Number.isNaN(next) || text[at + 1] === '钱' || next < 0x2e80 || '，。；、！？)”'.includes(text[at + 1]);
}

/** Physical units, with 千/兆 read as the unit's prefix when the unit exists (三千比特, 12千米, 五十兆字节). */
function readMeasureTail(text: string, num: Numeral, at: number): Tail | null {
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

/** End of text, or anything before the CJK blocks (punctuation, spaces, Latin). */
function isBoundary(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) < 0x2e80;
}

function measure(text: string, value: Rational, unit: string, at: number): Tail | null {
  let end = at + unit.length;
  if (isLetterAt(text, end - 1) && (isLetterAt(text, end) || isDigitAt(text, end))) return null; // 5Gb? a code
  let v = value;
  if (text[end] === '半') {
    v = v.plus(Rational.of(1, 2)); // 一吨半, 两米半
    end++;
  }
  return { kind: 'measure', value: v, end, unit };
}

/** 人民币 50元: a currency named before the amount joins the figure. */
function widenOverPrefix(text: string, figure: ScannedFigure, prefix: string): void {
  let p = figure.start;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t') && figure.start - p < 4) p--;
  if (!text.startsWith(prefix, p - prefix.length)) return;
  figure.start = p - prefix.length;
  figure.approx ??= approxBefore(text, figure.start); // 约合人民币20亿元
  if (figure.approx === 'over') figure.min = Number(figure.value);
  if (figure.approx === 'under' || figure.approx === 'nearly') figure.max = Number(figure.value);
}

/** Approximations and vague bounds turn a tail into the figure. */
function finish(text: string, num: Numeral, tail: Tail): ScannedFigure {
  const value = tail.kind === 'date' ? String(tail.value.toValue()) : tail.value.toValue();
  const figure: ScannedFigure = { kind: tail.kind, value, start: num.start, end: tail.end, core: tail.end };
  if (tail.unit) figure.unit = tail.unit;
  let approx = approxBefore(text, num.start);
  const after = approxAfter(text, tail.end);
  if (after && !approx) approx = after.approx;
  if (num.over || (tail.end > num.end && /[余多]/.test(text.slice(num.end, tail.end)))) approx = 'over';
  const vague = num.min && num.max ? [num.min, num.max] : num.pair && tail.kind !== 'number' ? [Rational.of(num.pair[0]), Rational.of(num.pair[1])] : null;
  if (vague) {
    approx = null; // the bounds say it
    figure.kind = 'range';
    figure.value = vague[0].toValue();
    figure.min = Number(vague[0].toValue());
    figure.max = Number(vague[1].toValue());
  }
  figure.approx = approx;
  if (!vague && approx === 'over') figure.min = Number(figure.value);
  if (!vague && (approx === 'under' || approx === 'nearly')) figure.max = Number(figure.value);
  return figure;
}

/** 10至20家, 3-5个, 20%—30%, 10-20亿元: a second figure joined by a connector makes a range. */
function readRangeEnd(text: string, first: Numeral, figure: ScannedFigure): ScannedFigure | null {
  if (figure.kind === 'range' || figure.kind === 'date' || figure.kind === 'ordinal') return null;
  const connector = CONNECTORS.find((c) => text.startsWith(c, figure.end));
  if (!connector) return null;
  const second = readNumeral(text, figure.end + connector.length);
  if (!second || second.glued || second.start === second.end) return null;
  const tail = readTail(text, second);
  if (!tail || (figure.kind !== 'number' && (tail.kind !== figure.kind || tail.unit !== figure.unit))) return null;
  let low = first.value;
  // 10-20亿元: the first bound shares the multiplier written once after the second
  const bigs = trailingBigUnits(text, second);
  if (figure.kind === 'number' && bigs > 0 && trailingBigUnits(text, first) === 0) low = low.times(Rational.pow10(bigs));
  if (figure.kind === 'percent' || figure.kind === 'percentage-points') low = Rational.fromDecimal(String(figure.value));
  const high = tail.value;
  if (low.compare(high) >= 0) return null;
  const range: ScannedFigure = {
    kind: 'range',
    value: low.toValue(),
    start: figure.start,
    end: tail.end,
    core: tail.end,
    min: Number(low.toValue()),
    max: Number(high.toValue()),
    approx: figure.approx ?? null,
  };
  if (tail.unit) range.unit = tail.unit;
  return range;
}

function trailingBigUnits(text: string, num: Numeral): number {
  let power = 0;
  for (let p = num.end - 1; p >= num.start && BIG_UNITS.has(text[p]); p--) power += BIG_UNITS.get(text[p])!;
  return power;
}

/** $20, ￥300, US$5: a currency symbol before the amount. */
function readSymbolMoney(text: string, at: number, symbol: string, out: ScannedFigure[]): number {
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

/** 第六届, 第250, 第3万: the ordinal; its measure word (届) joins the figure but not its core. */
function readOrdinal(text: string, at: number, out: ScannedFigure[]): number {
  const num = readNumeral(text, at + 1);
  if (!num || num.glued || num.start !== at + 1 || !num.value.isInteger() || num.value.compare(Rational.ZERO) <= 0) return at + 1;
  const word = MEASURE_WORDS.has(text[num.end]) ? 1 : 0;
  out.push({ kind: 'ordinal', value: num.value.toValue(), start: at, end: num.end + word, core: num.end });
  return num.end + word;
}

/** Powers of ten that may name a fraction's denominator: 百分之, 千分之, 百万分之, 万万分之. */
const DENOMINATORS: ReadonlyMap<string, number> = new Map([['百', 2], ['佰', 2], ['千', 3], ['仟', 3], ['万', 4]]);
const MAX_DENOMINATOR_CHARS = 4;

/** 百分之五十, 千分之2.4, 万分之三, 百万分之五, 百分之百, 百分之二三十 (spaces allowed between the characters). */
function readPercentPrefix(text: string, at: number, out: ScannedFigure[]): number {
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

/** 半成 (5%), 半折 and 打对折 (50%): halves written as words. */
function readHalfPercent(text: string, at: number, out: ScannedFigure[]): number {
  const word = text.startsWith('半成', at) ? '半成' : text.startsWith('半折', at) ? '半折' : text.startsWith('对折', at) && text[at - 1] === '打' ? '对折' : null;
  if (!word) return -1;
  out.push({ kind: 'percent', value: word === '半成' ? 5 : 50, unit: '%', start: at, end: at + 2, core: at + 2, approx: null });
  return at + 2;
}

/** Discounts written digit by digit: 三八折, 九 九 折, 7 2 折 (= 72%). */
function readDigitDiscount(text: string, at: number, out: ScannedFigure[]): number {
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

/** 168cm, 6200t/d, 10MW: a Latin unit; anything else glued to letters (4K, 5G) is a code and is skipped. */
function readGlued(text: string, num: Numeral, out: ScannedFigure[]): number {
  const unit = matchLongest(text, num.end, MEASURE_UNITS);
  const tail = unit ? measure(text, num.value, unit, num.end) : null;
  if (!tail) return Math.max(num.end, num.start + skipCode(text, num.start, true));
  out.push(finish(text, num, tail));
  return tail.end;
}

/** 10:30 and 晚8点: times of day are not figures here. */
function isTime(text: string, num: Numeral): boolean {
  if (num.han || !num.value.isInteger()) return false;
  const next = text[num.end];
  if (next === ':' && isDigitAt(text, num.end + 1)) return true;
  return next === '点' && num.value.compare(Rational.of(24)) <= 0 && !HAN_DIGITS.has(text[num.end + 1] ?? '');
}

function skipTime(text: string, at: number): number {
  let p = at + 1;
  while (p < text.length && (isDigitAt(text, p) || text[p] === ':')) p++;
  return p;
}

/** 2021湖北武黄同城发展大会: four digits 1900–2100 written straight before a name are its year. */
function isYearLabel(text: string, num: Numeral): boolean {
  if (num.end - num.start !== 4 || num.han || !num.value.isInteger()) return false;
  const year = Number(num.value.toValue());
  const next = text.charCodeAt(num.end);
  return year >= 1900 && year <= 2100 && next >= 0x4e00 && next <= 0x9fff;
}

/** Long bare digit strings and numbers with a leading zero: IDs and phone numbers. */
function isIdLike(text: string, num: Numeral): boolean {
  const written = text.slice(num.start, num.end);
  if (written.length > 1 && written[0] === '0' && written[1] !== '.') return true;
  let digits = 0;
  for (let k = 0; k < written.length; k++) if (isDigitAt(written, k)) digits++;
  return digits >= ID_DIGITS && !written.includes(',') && !written.includes('.');
}
