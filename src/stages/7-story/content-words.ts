import type { Analysis } from '../../doc/analysis.js';
import { isAsciiDigit, isAsciiLetter, isHan } from '../../doc/characters.js';
import { storyLexicons } from './lexicons.js';

export interface ContentWord {
  word: string;
  start: number;
  pos: string;
}

/** Tags of words that carry content: nouns of all kinds, verbal nouns, Latin words, abbreviations. */
const CONTENT_TAGS = new Set(['n', 'nr', 'nrt', 'ns', 'nt', 'nz', 'nw', 'vn', 'eng', 'j', 'v']);

/**
 * The tokens of title and body sentences that carry content: a noun-like tag, two characters or more, a Han
 * character or two Latin letters, no digit, not a stop word (data/story/stop-words.txt).
 *
 * @example
 * contentWords(analysis).map((w) => w.word) // ['上饶', '双向飞地', '科创', …]
 */
export function contentWords(analysis: Analysis): ContentWord[] {
  const { stopWords } = storyLexicons();
  const { text, layout } = analysis;
  const inArticle = layout.sentences.filter((s) => s.role !== 'meta');
  const words: ContentWord[] = [];
  let s = 0;
  for (const t of analysis.tokens) {
    while (s < inArticle.length && inArticle[s].end <= t.start) s++;
    if (s === inArticle.length) break;
    if (t.start < inArticle[s].start || !CONTENT_TAGS.has(t.pos)) continue;
    const word = text.slice(t.start, t.end);
    if (isContent(word) && !stopWords.has(word)) words.push({ word, start: t.start, pos: t.pos });
  }
  return words;
}

function isContent(word: string): boolean {
  if (word.length < 2) return false;
  let han = 0;
  let latin = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.codePointAt(i)!;
    if (c > 0xffff) i++; // the low surrogate is part of c
    if (isAsciiDigit(c)) return false;
    if (isHan(c)) han++;
    else if (isAsciiLetter(c)) latin++;
  }
  return han > 0 || latin >= 2;
}
