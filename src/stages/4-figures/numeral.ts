import { BIG_UNITS, HAN_DIGITS, isDigitAt, isHanNumeral, isLetterAt, SMALL_UNITS, skipSpaces, TENS } from './numeral-chars.js';
import { Rational } from './rational.js';

/** A number read from the text: Arabic, Chinese, mixed, with sign, fraction and exponent resolved exactly. */
export interface Numeral extends NumeralShape {
  start: number;
}

/** What a numeral and its magnitude (the part without sign and fraction) both say. */
interface NumeralShape {
  end: number;
  value: Rational;
  /** Written with at least one Han numeral character. */
  han: boolean;
  /** Exactly one Han character and nothing else (the 一 of 一看): ambiguous on its own. */
  lone: boolean;
  /** 余/多/几 inside the number (十余万, 二十几万): the value is a lower bound. */
  over: boolean;
  /** Vague amounts with bounds: 两三 (2–3), 十几 (11–19), 几十 / 数十 (20–90). */
  min?: Rational;
  max?: Rational;
  /** Arabic digits with a Latin letter right after (168cm, 4K): a unit follows, or it is a code. */
  glued?: boolean;
  /** A digit pair read as a string (两三, 一两): the caller may read it as a vague pair before a measure word. */
  pair?: [number, number];
}

/** Characters after 打 that make it a verb (打开, 打造, 打击) rather than a dozen. */
const DOZEN_VERBS = new Set([...'开造击破通算工印出进入下响电车球卡扫架假包折招听量拼捞败动扮点理发赢磨压牌字白了过着起上好成死']);

/** Words before a bare 百/千/万 that make it a round amount: 上千家, 近千名, 逾百家, 超万人. */
const ROUND_BEFORE = new Set([...'上近逾超约']);

/** Longest exponent accepted in 2e5 / 2^5 forms: bigger ones are not figures a news reader means. */
const MAX_EXPONENT = 60;
/** Longest digit-by-digit Han number (二〇二四); a longer run is read in pieces. */
const MAX_SEQUENCE = 24;
/** Longest digit run read as one Arabic number; longer runs are IDs, read in pieces cheaply. */
const MAX_DIGITS = 400;

/**
 * Read the number starting exactly at `at`, or null when none starts there. One forward pass: the cost is the
 * length of what it reads plus a constant.
 *
 * @example
 * readNumeral('一千二百三十四元', 0)?.value.toValue() // 1234
 * readNumeral('1.2万人', 0)?.value.toValue() // 12000
 * readNumeral('负一又二分之一', 0)?.value.toValue() // -1.5
 */
export function readNumeral(text: string, at: number, limit = text.length): Numeral | null {
  let p = at;
  let negative = false;
  if (text[p] === '负' || (text[p] === '-' && isSignPosition(text, p))) {
    negative = true;
    p++;
  }
  const whole = readMagnitude(text, p, limit);
  if (!whole) return null;
  let { value, end } = whole;
  const result: Numeral = { start: at, end, value, han: whole.han, lone: whole.lone && !negative, over: whole.over };
  if (whole.glued) return { ...result, value: negative ? value.neg() : value, glued: true };
  if (whole.pair) result.pair = whole.pair;
  if (whole.min) result.min = whole.min;
  if (whole.max) result.max = whole.max;

  // fractions: 三分之一, 1又3分之1, 3/5, 1 3/5
  const fraction = readFractionTail(text, whole, limit) ?? readMixedTail(text, whole, limit);
  if (fraction) {
    value = fraction.value;
    end = fraction.end;
    result.lone = false;
    delete result.pair;
    delete result.min;
    delete result.max;
  }
  // 一打 / 五十打: dozens, unless 打 starts a verb (一打开, 三打白骨精)
  if (whole.han && !fraction && text[end] === '打' && !DOZEN_VERBS.has(text[end + 1] ?? '')) {
    value = value.times(Rational.of(12));
    end++;
    result.lone = false;
  }
  result.value = negative ? value.neg() : value;
  result.end = end;
  if (negative && result.min && result.max) {
    [result.min, result.max] = [result.max.neg(), result.min.neg()];
  }
  return result;
}

/** A minus sign starts a number unless it joins two words (5-20, 2024-07) or doubles (--9). */
function isSignPosition(text: string, p: number): boolean {
  const before = text.charCodeAt(p - 1);
  if (p > 0 && (before === 0x2d || isDigitAt(text, p - 1) || isLetterAt(text, p - 1))) return false;
  return isDigitAt(text, p + 1) || (text[p + 1] === '.' && isDigitAt(text, p + 2));
}

interface Magnitude extends NumeralShape {
  /** An integer written without multipliers or decimals (usable as a fraction part). */
  plain: boolean;
}

/** `B分之A` after a magnitude: A/B. */
function readFractionTail(text: string, den: Magnitude, limit: number): { value: Rational; end: number } | null {
  let p = skipSpaces(text, den.end, limit);
  if (text[p] !== '分') return null;
  p = skipSpaces(text, p + 1, limit);
  if (text[p] !== '之') return null;
  p = skipSpaces(text, p + 1, limit);
  let negative = false;
  if (text[p] === '负') {
    negative = true;
    p++;
  }
  const num = readMagnitude(text, p, limit);
  if (!num) return null;
  const value = num.value.over(den.value);
  if (!value) return null;
  return { value: negative ? value.neg() : value, end: num.end };
}

/** `A又B分之C`, `A B/C` and `A/B` after a magnitude. */
function readMixedTail(text: string, whole: Magnitude, limit: number): { value: Rational; end: number } | null {
  let p = skipSpaces(text, whole.end, limit);
  if (text[p] === '又') {
    const den = readMagnitude(text, skipSpaces(text, p + 1, limit), limit);
    const part = den && readFractionTail(text, den, limit);
    return part ? { value: whole.value.plus(part.value), end: part.end } : null;
  }
  if (!whole.plain || whole.han) return null;
  if (text[whole.end] === '/') return readSlash(text, Rational.ZERO, whole.value, whole.end, limit);
  if (p > whole.end && isDigitAt(text, p)) {
    const num = readArabic(text, p, limit);
    if (num && num.plain && text[num.end] === '/') return readSlash(text, whole.value, num.value, num.end, limit);
  }
  return null;
}

function readSlash(text: string, base: Rational, num: Rational, slash: number, limit: number) {
  if (!isDigitAt(text, slash + 1)) return null;
  const den = readArabic(text, slash + 1, limit);
  if (!den || !den.plain || isDigitAt(text, den.end) || text[den.end] === '/') return null;
  const value = num.over(den.value);
  return value ? { value: base.plus(value), end: den.end } : null;
}

/** An Arabic number: 1,100.9 / .5 / 2e5 / 2^-1 / 40k; null when glued to letters (G60, 4K荧光, 5G). */
function readArabic(text: string, at: number, limit: number): (Magnitude & { glued: boolean }) | null {
  let p = at;
  let digits = '';
  // inside a dotted chain (2222.2222.222) the groups are integers
  let point = p > 1 && text[p - 1] === '.' && isDigitAt(text, p - 2);
  if (text[p] === '.') {
    if (p > 0 && (text[p - 1] === '.' || isDigitAt(text, p - 1))) return null;
    if (!isDigitAt(text, p + 1)) return null;
  } else if (!isDigitAt(text, p)) return null;
  for (; p < limit; p++) {
    const ch = text[p];
    if (isDigitAt(text, p)) {
      if (digits.length >= MAX_DIGITS) break;
      digits += ch;
    } else if (ch === ',' && !point && isThousandsGroup(text, p, limit)) {
      continue;
    } else if (ch === '.' && !point && isDigitAt(text, p + 1)) {
      if (dottedAhead(text, p + 1, limit)) break; // 2222.2222.222: separate integers
      point = true;
      digits += '.';
    } else break;
  }
  if (digits === '' || digits === '.') return null; // .1.1: a dotted chain, nothing read here
  let value = Rational.fromDecimal(digits);
  let plain = !digits.includes('.');
  // exponents: 2e5, 1.2E-3, 2^5, 1.1^--23
  const exp = readExponent(text, p, limit);
  if (exp) {
    const powered = exp.caret ? value.pow(exp.power) : value.times(Rational.pow10(exp.power));
    if (powered) {
      value = powered;
      p = exp.end;
      plain = false;
    }
  }
  // 40k, -2.5 M: thousand / million suffix standing before a boundary
  const q = skipSpaces(text, p, limit);
  const suffix = text[q];
  // 40k, 15K, 2.5 M; but a capital K after one digit is a resolution (4K, 8K), not 4000
  const resolution = suffix === 'K' && p - at === 1;
  if ((suffix === 'k' || suffix === 'K' || suffix === 'M') && !resolution && isSuffixBoundary(text, q + 1, limit)) {
    value = value.times(Rational.pow10(suffix === 'M' ? 6 : 3));
    p = q + 1;
    plain = false;
  }
  const glued = p < limit && isLetterAt(text, p);
  return { end: p, value, han: false, lone: false, over: false, plain, glued };
}

function readExponent(text: string, at: number, limit: number): { power: number; caret: boolean; end: number } | null {
  const ch = text[at];
  if (ch !== 'e' && ch !== 'E' && ch !== '^') return null;
  let p = at + 1;
  let negative = false;
  while (p < limit && (text[p] === '-' || text[p] === '+') && p - at <= 3) {
    if (text[p] === '-') negative = !negative;
    p++;
  }
  const from = p;
  while (p < limit && isDigitAt(text, p) && p - from < 3) p++;
  if (p === from || isDigitAt(text, p) || isLetterAt(text, p)) return null;
  const power = Number(text.slice(from, p));
  if (power > MAX_EXPONENT) return null;
  return { power: negative ? -power : power, caret: ch === '^', end: p };
}

function isSuffixBoundary(text: string, p: number, limit: number): boolean {
  if (p >= limit) return true;
  if (isLetterAt(text, p) || isDigitAt(text, p)) return false;
  const c = text.charCodeAt(p);
  if (c < 0x2e80) return true; // punctuation, spaces
  return '个万亿%'.includes(text[p]);
}

/** `,` followed by exactly three digits and preceded by a digit: the 1,100 of 1,100万. */
function isThousandsGroup(text: string, comma: number, limit: number): boolean {
  if (!isDigitAt(text, comma - 1)) return false;
  for (let k = 1; k <= 3; k++) if (comma + k >= limit || !isDigitAt(text, comma + k)) return false;
  return !isDigitAt(text, comma + 4);
}

/** After a decimal point: do the digits end in another point followed by a digit (a dotted code)? */
function dottedAhead(text: string, from: number, limit: number): boolean {
  let p = from;
  while (p < limit && isDigitAt(text, p) && p - from < MAX_DIGITS) p++;
  return text[p] === '.' && isDigitAt(text, p + 1);
}

/**
 * The magnitude of a number without sign or fraction: Chinese sections (四亿五千六百四十二万零一十五),
 * abbreviations (两千四百五 = 2450, 一万三 = 13000), Arabic parts (3万4000, 1.2万), decimals (三点五),
 * digit strings (二〇二四), and 余/多/几 inside (十余万).
 */
function readMagnitude(text: string, at: number, limit: number): Magnitude | null {
  const arabicStart = isDigitAt(text, at) || text[at] === '.';
  const first = arabicStart ? readArabic(text, at, limit) : null;
  if (arabicStart && !first) return null;
  if (first?.glued) return first;
  if (!arabicStart && !isHanNumeral(text[at]) && text[at] !== '半' && text[at] !== '几' && text[at] !== '数') {
    return null;
  }
  return new SectionReader(text, at, limit, first).read();
}

/** State of one pass over a Chinese (or mixed) numeral. */
class SectionReader {
  /** Completed groups with their power of ten (万 4, 亿 8, 万亿 12). */
  private groups: { value: Rational; power: number }[] = [];
  private section = Rational.ZERO;
  /** Digit waiting for its multiplier. */
  private digit: Rational | null = null;
  private digitIsHanChar = false;
  private lastSmall = 0;
  private lastBig = 0;
  /** What came right before the pending digit: a small or big unit (for 两千四百五), a zero, or nothing. */
  private after: 'small' | 'big' | 'zero' | 'none' = 'none';
  private han = false;
  private chars = 0;
  private over = false;
  private decimal = false;
  private sequence = ''; // digit-by-digit numbers: 二〇二四
  private sequenceOnly = true;
  private vague: { min: number; max: number } | null = null;
  private unitsSeen = false;
  private end: number;
  private plain = false;

  constructor(
    private readonly text: string,
    private readonly at: number,
    private readonly limit: number,
    first: (Magnitude & { glued: boolean }) | null,
  ) {
    this.end = at;
    if (first) {
      this.digit = first.value;
      this.end = first.end;
      this.plain = first.plain;
      this.decimal = !first.plain;
      this.sequenceOnly = false;
    }
  }

  read(): Magnitude | null {
    const { text, limit } = this;
    let p = this.end;
    if (p === this.at && text[p] === '半' && text[p + 1] === '百') {
      this.section = Rational.of(50);
      this.han = true;
      this.chars = 2;
      p = this.end = p + 2;
      this.sequenceOnly = false;
      this.decimal = true;
    }
    for (;;) {
      const q = p === this.at ? p : skipSpaces(text, p, limit);
      if (q >= limit) break;
      const next = this.step(q);
      if (next <= q) break; // every step must consume something
      p = this.end = next;
    }
    if (this.chars === 0 && this.digit === null && this.section.isZero() && this.groups.length === 0) return null;
    if (this.end === this.at) return null;
    return this.finish();
  }

  /** Consume one atom at q; the index after it, or -1 when the number ends before q. */
  private step(q: number): number {
    const { text, limit } = this;
    const ch = text[q];
    if ((ch === '零' || ch === '〇') && !this.sequenceOnly && !this.decimal && this.digit === null) {
      this.after = 'zero'; // 一千零一: the next digit counts as ones, no abbreviation
      return this.han1(q);
    }
    const digit = HAN_DIGITS.get(ch);
    if (digit !== undefined) return this.onDigit(q, digit);
    const small = SMALL_UNITS.get(ch);
    if (small !== undefined) return this.onSmall(q, small);
    const big = BIG_UNITS.get(ch);
    if (big !== undefined) return this.onBig(q, big);
    const tens = TENS.get(ch);
    if (tens !== undefined) {
      if (this.digit !== null || this.decimal || (this.lastSmall !== 0 && this.lastSmall <= 10)) return -1;
      this.section = this.section.plus(Rational.of(tens));
      this.lastSmall = 10;
      this.after = 'small';
      return this.han1(q);
    }
    if (ch === '点' && !this.decimal) return this.onPoint(q);
    if ((ch === '余' || ch === '多') && this.chars + (this.digit ? 1 : 0) > 0) {
      const r = skipSpaces(text, q + 1, limit);
      if (!BIG_UNITS.has(text[r])) return -1;
      this.over = true;
      return q + 1;
    }
    if ((ch === '几' || ch === '数') && !this.decimal) return this.onSeveral(q);
    if ((isDigitAt(text, q) || ch === '.') && this.unitsSeen && this.digit === null && !this.decimal) {
      const arabic = readArabic(text, q, limit);
      if (!arabic || arabic.glued) return -1;
      this.digit = arabic.value;
      this.digitIsHanChar = false;
      this.decimal = !arabic.plain;
      this.sequenceOnly = false;
      return arabic.end;
    }
    return -1;
  }

  private han1(q: number): number {
    this.han = true;
    this.chars++;
    return q + 1;
  }

  private onDigit(q: number, d: number): number {
    if (this.decimal) return -1;
    if (this.digit !== null) {
      // two digits in a row: a digit string (二〇二四) or a vague pair (两三个, 三四十)
      if (!this.sequenceOnly || !this.digitIsHanChar || this.sequence.length >= MAX_SEQUENCE) return -1;
      this.sequence += String(d);
      this.digit = Rational.fromDecimal(this.sequence);
      return this.han1(q);
    }
    this.digit = Rational.of(d);
    this.digitIsHanChar = true;
    if (this.sequenceOnly) this.sequence = String(d);
    return this.han1(q);
  }

  private onSmall(q: number, m: number): number {
    if (this.decimal && this.digit === null) return -1;
    if (this.lastSmall !== 0 && m >= this.lastSmall) return -1;
    let d = this.digit;
    if (this.sequence.length === 2 && this.sequenceOnly) {
      // 两三十 / 三四百: a vague pair of neighbouring digits before a multiplier
      const a = Number(this.sequence[0]);
      const b = Number(this.sequence[1]);
      if (b !== a + 1 || this.vague) return -1;
      this.vague = { min: a * m, max: b * m };
      d = Rational.of(a);
    } else if (this.sequence.length > 2 && this.sequenceOnly) return -1;
    if (d !== null && d.isZero() && this.chars === 1) d = null; // 零十 is ten
    if (d === null) {
      // 十五 and, after a unit or zero, 一百零十万; a bare 百/千 only as 百三 / 千三 or after 上/近/逾 (上千家)
      const leadingOk = m === 10 || (this.chars === 0 && (HAN_DIGITS.has(this.text[q + 1]) || ROUND_BEFORE.has(this.text[q - 1])));
      if (!leadingOk && !(m === 10 && this.after !== 'none')) return -1;
      d = Rational.ONE;
    }
    this.section = this.section.plus(d.times(Rational.of(m)));
    this.digit = null;
    this.lastSmall = m;
    this.after = 'small';
    this.sequenceOnly = false;
    this.unitsSeen = true;
    return this.han1(q);
  }

  private onBig(q: number, power: number): number {
    let seg = this.digit === null ? this.section : this.section.plus(this.digit);
    if (this.chars === 0 && this.digit === null && ROUND_BEFORE.has(this.text[q - 1])) seg = Rational.ONE; // 超万人
    if (seg.isZero() && this.digit === null) {
      // 万亿, 万万: multiply the group just closed
      const last = this.groups[this.groups.length - 1];
      if (!last || this.after !== 'big') return -1;
      last.value = last.value.times(Rational.pow10(power));
      last.power += power;
      this.lastBig = last.power;
      return this.han1(q);
    }
    if (this.sequenceOnly && this.sequence.length > 1 && !this.vague) return -1;
    let total = seg;
    while (this.groups.length > 0 && this.groups[this.groups.length - 1].power < power) {
      total = total.plus(this.groups.pop()!.value); // 四千五百六十九万八千三百一十一亿
    }
    if (this.vague) this.vague = { min: this.vague.min * 10 ** power, max: this.vague.max * 10 ** power };
    this.groups.push({ value: total.times(Rational.pow10(power)), power });
    this.section = Rational.ZERO;
    this.digit = null;
    this.lastSmall = 0;
    this.lastBig = power;
    this.after = 'big';
    this.decimal = false;
    this.sequenceOnly = false;
    this.unitsSeen = true;
    return this.han1(q);
  }

  private onPoint(q: number): number {
    const { text, limit } = this;
    let p = skipSpaces(text, q + 1, limit);
    let places = '';
    for (;;) {
      const d = text[p] === '两' || text[p] === '俩' ? undefined : HAN_DIGITS.get(text[p]);
      if (d !== undefined) places += String(d);
      else if (isDigitAt(text, p)) places += text[p];
      else break;
      p = skipSpaces(text, p + 1, limit);
      if (places.length > 40) break;
    }
    if (places === '') return -1;
    // back off trailing spaces: the number ends after its last digit
    let end = p;
    while (end > q && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
    this.settleDigit();
    this.section = this.section.plus(Rational.fromDecimal(`0.${places}`));
    this.decimal = true;
    this.sequenceOnly = false;
    this.han = true;
    this.chars++;
    return end;
  }

  /** 几/数 as an unknown digit: 十几 (11–19), 几十 / 数十 (20–90), 一百零几万. */
  private onSeveral(q: number): number {
    const { text } = this;
    const next = text[q + 1];
    if (this.digit !== null) return -1;
    if (SMALL_UNITS.has(next) && this.chars === 0) {
      const m = SMALL_UNITS.get(next)!;
      this.vague = { min: 2 * m, max: 9 * m };
      this.section = Rational.of(m); // 数十亿: at least ten 亿
      this.lastSmall = m;
      this.after = 'small';
      this.sequenceOnly = false;
      this.unitsSeen = true;
      this.han = true;
      this.chars += 2;
      this.over = true;
      return q + 2;
    }
    if (this.chars > 0 && (this.after === 'small' || this.after === 'zero' || this.lastSmall > 0)) {
      if (this.lastSmall === 10 && !this.vague && this.groups.length === 0) {
        const base = Number(this.section.toValue());
        this.vague = { min: base + 1, max: base + 9 };
      }
      this.over = true;
      this.digit = Rational.ZERO;
      this.digitIsHanChar = false;
      return this.han1(q);
    }
    return -1;
  }

  /** Resolve the pending digit into the section (abbreviations: 两千四百五 → 2450, 一万三 → 13000). */
  private settleDigit(): void {
    if (this.digit === null) return;
    let d = this.digit;
    if (this.digitIsHanChar && this.sequence.length <= 1) {
      if (this.after === 'small' && this.lastSmall >= 100) d = d.times(Rational.of(this.lastSmall / 10));
      else if (this.after === 'big' && this.lastSmall === 0) d = d.times(Rational.pow10(this.lastBig - 1));
    }
    this.section = this.section.plus(d);
    this.digit = null;
  }

  private finish(): Magnitude {
    this.settleDigit();
    let value = this.section;
    for (const g of this.groups) value = value.plus(g.value);
    const result: Magnitude = {
      end: this.end,
      value,
      han: this.han,
      lone: this.han && this.chars === 1 && this.end - this.at === 1,
      over: this.over,
      plain: this.plain && !this.han,
    };
    if (this.sequenceOnly && this.sequence.length === 2 && this.digitIsHanChar) {
      const a = Number(this.sequence[0]);
      const b = Number(this.sequence[1]);
      if (b === a + 1) result.pair = [a, b];
    }
    if (this.vague) {
      result.min = Rational.of(this.vague.min);
      result.max = Rational.of(this.vague.max);
    }
    return result;
  }
}
