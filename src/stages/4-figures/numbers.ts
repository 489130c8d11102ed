import { MEASURE_WORDS } from './units.js';
import { skipSpaces, WORDY_DIGITS } from './numeral-chars.js';
import { readNumeral } from './numeral.js';
import type { Rational } from './rational.js';
import { setPhraseAt } from './set-phrases.js';
import { skipCode, skipUrl } from './skip.js';

/** Words that may follow a lone 一/两 used as a number: 这不是一这是九, “一”和“五”. */
const CLAUSE_WORDS = new Set([...'这那却而是和与不也都就或及']);

/**
 * Every number written in a text — including those inside other figures (the 2000 of 2000万元 is read as
 * 20000000, the 6 of 第6) — except percentages (33.24%, 五成) and the numerals of words (一看, 长三角, 陆地).
 * This is the `recognize(text, 'number')` view.
 *
 * @example
 * scanNumbers('一千零一夜和3万4000').map((n) => n.value.toValue()) // [1001, 34000]
 */
export function scanNumbers(text: string): { start: number; end: number; value: Rational }[] {
  const out: { start: number; end: number; value: Rational }[] = [];
  let i = 0;
  while (i < text.length) {
    const skipped = skipUrl(text, i) || skipCode(text, i) || setPhraseAt(text, i);
    if (skipped > 0) {
      i += skipped;
      continue;
    }
    const num = readNumeral(text, i);
    if (!num) {
      i++;
      continue;
    }
    if (num.glued) {
      // 4K, 5G: skip the whole code (a code may also start with a point: .4K)
      i = Math.max(num.end, i + skipCode(text, i, true));
      continue;
    }
    if (standsAsNumber(text, num.start, num.end, num.lone)) out.push({ start: num.start, end: num.end, value: num.value });
    i = num.end;
  }
  return out;
}

/** Not a percentage, and a lone Han numeral only where it reads as a number. */
function standsAsNumber(text: string, start: number, end: number, lone: boolean): boolean {
  const next = text[skipSpaces(text, end, text.length)];
  if (next === '%' || next === '‰' || next === '成' || next === '折') return false;
  if (!lone) return true;
  const ch = text[start];
  const after = text[end];
  const boundaryAfter = after === undefined || text.charCodeAt(end) < 0x2e80 || !isHanish(after);
  if (ch === '一' || ch === '两' || ch === '俩') return boundaryAfter || MEASURE_WORDS.has(after) || CLAUSE_WORDS.has(after);
  if (WORDY_DIGITS.has(ch)) {
    const before = text[start - 1];
    const boundaryBefore = before === undefined || !isHanish(before) || before === '是' || before === '为';
    return boundaryBefore && boundaryAfter;
  }
  return true;
}

/** Han characters (not CJK punctuation such as “ 》 ，). */
function isHanish(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x3400 && c <= 0x9fff;
}
