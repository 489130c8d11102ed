import { approxAfter, approxBefore } from './approximations.js';
import { readDate } from './dates.js';
import type { ScannedFigure, Tail } from './figure.js';
import { isMoneyKuai, readMoneyTail, readSymbolMoney, widenOverPrefix } from './money.js';
import { BIG_UNITS, HAN_DIGITS, isDigitAt, skipSpaces, WORDY_DIGITS } from './numeral-chars.js';
import { readNumeral, type Numeral } from './numeral.js';
import { readDigitDiscount, readHalfPercent, readPercentPrefix, readTenths } from './percent.js';
import { durationUnit, halfDuration, measure, readMeasureTail } from './quantities.js';
import { Rational } from './rational.js';
import { setPhraseAt, startsSetPhrase } from './set-phrases.js';
import { matchSpaced } from './spaced.js';
import { CURRENCY_SYMBOLS, DURATION_UNITS, matchLongest, MEASURE_UNITS, MEASURE_WORDS } from './units.js';
import { skipCode, skipUrl } from './skip.js';


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
  let end = tail.end;
  let unit = tail.unit;
  if (tail.kind === 'number' && text[end] === '月' && high.compare(Rational.of(12)) <= 0) {
    end++; // 1-6月, 1至5月: a span of months
    unit = '月';
  }
  const range: ScannedFigure = {
    kind: 'range',
    value: low.toValue(),
    start: figure.start,
    end,
    core: end,
    min: Number(low.toValue()),
    max: Number(high.toValue()),
    approx: figure.approx ?? null,
  };
  if (unit) range.unit = unit;
  return range;
}

function trailingBigUnits(text: string, num: Numeral): number {
  let power = 0;
  for (let p = num.end - 1; p >= num.start && BIG_UNITS.has(text[p]); p--) power += BIG_UNITS.get(text[p])!;
  return power;
}

/** 第六届, 第250, 第3万: the ordinal; its measure word (届) joins the figure but not its core. */
function readOrdinal(text: string, at: number, out: ScannedFigure[]): number {
  const num = readNumeral(text, at + 1);
  if (!num || num.glued || num.start !== at + 1 || !num.value.isInteger() || num.value.compare(Rational.ZERO) <= 0) return at + 1;
  const word = MEASURE_WORDS.has(text[num.end]) ? 1 : 0;
  out.push({ kind: 'ordinal', value: num.value.toValue(), start: at, end: num.end + word, core: num.end });
  return num.end + word;
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
