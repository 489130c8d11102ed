import { skipSpaces } from './numeral-chars.js';

/**
 * Match `word` at `at` allowing spaces between its characters (百 分 之, 个 百分 点), as Recognizers-Text
 * inputs and some scraped pages write them. Returns the index after the match, or -1.
 *
 * @example
 * matchSpaced('个 百 分 点', 0, '个百分点') // 7
 */
export function matchSpaced(text: string, at: number, word: string): number {
  let p = at;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) p = skipSpaces(text, p, text.length);
    if (text[p] !== word[k]) return -1;
    p++;
  }
  return p;
}
