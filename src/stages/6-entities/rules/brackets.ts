/**
 * Names with brackets. A place in brackets inside a name — 溯徕科技(上海)有限公司, 长三角G60科创走廊(上饶)科技合作产业园
 * — joins the words before it and the words after it up to a company or organisation ending. A Latin name in
 * brackets right after a name — 奥特斯(AT&S) — stays with it.
 */
import { isAsciiDigit, isAsciiLetter, readDigits } from '../../../doc/characters.js';
import { SURE_RULE, type Candidate, type EntityContext, type NamedType } from '../candidate.js';
import { looksLikeProperName } from '../filters.js';
import { SUFFIX_KINDS } from '../lexicons.js';
import { nameEndAfter, nameStartBefore } from '../tokens.js';

const MAX_PLACE = 8;
const MAX_LATIN = 30;
/** A bracket opening with this many digits holds a stock code (600016.SH, 00700.HK), not a name. */
const STOCK_CODE_DIGITS = 4;
const MAX_SIDE = 20;
const CONFIDENCE = 0.85;

/**
 * Names built around a bracketed place in text[from, to). `found` are the candidates so far: one ending right at
 * the bracket gives the left part its start.
 *
 * @example
 * bracketedNames(context, 0, text.length, []) // [{ …溯徕科技(上海)有限公司, type: 'company' }]
 */
export function bracketedNames(context: EntityContext, from: number, to: number, found: readonly Candidate[]): Candidate[] {
  const { text, tokens, lexicons, placeEnds } = context;
  const out: Candidate[] = [];
  const endsAt = new Map<number, number>();
  for (const c of found) if (c.end <= to && c.start >= from) endsAt.set(c.end, Math.min(endsAt.get(c.end) ?? c.start, c.start));
  for (let open = text.indexOf('(', from); open !== -1 && open < to; open = text.indexOf('(', open + 1)) {
    const close = closingBracket(text, open, Math.min(to - 1, open + MAX_PLACE + 1));
    if (close === -1) continue;
    const inside = lexicons.places.longestAt(text, open + 1, close);
    if (placeEnds.get(open + 1) !== close && !(inside && inside.end === close)) continue;
    let kind = -1;
    const end = nameEndAfter(text, tokens, close + 1, to, MAX_SIDE, (at) => {
      const ending = lexicons.suffixes.longestEndingAt(text, at, close + 1);
      if (!ending || ending.kind > 2) return false;
      kind = ending.kind;
      return true;
    });
    if (end === -1) continue;
    const start = endsAt.get(open) ?? nameStartBefore(text, tokens, open, Math.max(from, open - MAX_SIDE), MAX_SIDE);
    if (open - start < 2 || !looksLikeProperName(context, start, open)) continue;
    out.push({ start, end, type: SUFFIX_KINDS[kind] as NamedType, source: 'rule', confidence: CONFIDENCE, priority: SURE_RULE });
  }
  return out;
}

/**
 * Where a name ending at `end` really ends when a Latin name in brackets follows it (奥特斯(AT&S) → after ')'),
 * and whether that Latin name is an acronym (AT&S, HDI: capitals, digits, &), which marks a firm, not a person.
 * A stock code in brackets (交通银行(601328.SH)) is no part of the name.
 *
 * @example
 * withLatinBracket('奥特斯(AT&S)在重庆', 3) // { end: 9, acronym: true }
 * withLatinBracket('民生银行(600016.SH)', 4) // { end: 4, acronym: false }
 */
export function withLatinBracket(text: string, end: number): { end: number; acronym: boolean } {
  const none = { end, acronym: false };
  if (text[end] !== '(' || readDigits(text, end + 1, STOCK_CODE_DIGITS, STOCK_CODE_DIGITS) !== null) return none;
  let letters = false;
  let lower = false;
  for (let k = end + 1; k < text.length && k <= end + MAX_LATIN + 1; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x29) return letters ? { end: k + 1, acronym: !lower } : none;
    if (isAsciiLetter(c)) {
      letters = true;
      if (c >= 0x61) lower = true;
    } else if (!isAsciiDigit(c) && !' &.-·\''.includes(text[k])) return none;
  }
  return none;
}

/** The ')' closing the '(' at `open`, looked for up to `limit`; -1 when there is none. */
function closingBracket(text: string, open: number, limit: number): number {
  for (let k = open + 1; k <= limit; k++) if (text.charCodeAt(k) === 0x29) return k;
  return -1;
}
