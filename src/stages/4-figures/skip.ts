import { isDigitAt, isLetterAt } from './numeral-chars.js';

/** Joiners inside a code: G60-1, 1+M+N, A_3, v1.2. */
const JOINERS = new Set(['+', '-', '_', '.', '/']);

/**
 * Length of a URL starting at `at` (up to whitespace or a Han character), or 0. Numbers in URLs are not figures.
 *
 * @example
 * skipUrl('见https://a.cn/30%25 文', 1) // 17
 */
export function skipUrl(text: string, at: number): number {
  if (!(text.startsWith('http://', at) || text.startsWith('https://', at) || text.startsWith('www.', at))) return 0;
  let p = at;
  while (p < text.length && text.charCodeAt(p) > 0x20 && text.charCodeAt(p) < 0x2e80) p++;
  return p - at;
}

/**
 * Length of a code starting at `at` — letters and digits joined (G60, 5G, 4K, 1+M+N, A2021...) — or 0 when
 * no letter starts here. With `fromDigit`, a digit may start it too (the 4 of 4K).
 *
 * @example
 * skipCode('G60科创走廊', 0) // 3
 */
export function skipCode(text: string, at: number, fromDigit = false): number {
  if (!fromDigit && at > 0 && (isLetterAt(text, at - 1) || isDigitAt(text, at - 1))) return 0;
  if (!isLetterAt(text, at) && !(fromDigit && isDigitAt(text, at))) {
    if (!isDigitAt(text, at) || !joinsLetter(text, at)) return 0;
  }
  let p = at;
  while (p < text.length) {
    if (isLetterAt(text, p) || isDigitAt(text, p)) p++;
    else if (JOINERS.has(text[p]) && (isLetterAt(text, p + 1) || isDigitAt(text, p + 1))) p++;
    else break;
  }
  return p - at;
}

/** A digit run followed by a joiner and a letter: the 1 of 1+M+N. */
function joinsLetter(text: string, at: number): boolean {
  let p = at;
  while (p < text.length && isDigitAt(text, p) && p - at < 40) p++;
  return (text[p] === '+' || text[p] === '_') && isLetterAt(text, p + 1);
}
