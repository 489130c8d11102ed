import type { Analysis } from '../../doc/analysis.js';
import type { Summary } from '../../types.js';
import { contentWords, type ContentWord } from './content-words.js';
import { storyLexicons } from './lexicons.js';
import { rangeAt } from '../../doc/range-search.js';

/** Keyword settings; tune here. */
export const KEYWORD_SETTINGS = {
  count: 10,
  /** A word of the title counts this many times more. */
  titleBoost: 2,
  /** Plain verbs are content for sentence similarity but rarely keywords. */
  excludedTags: ['v'] as readonly string[],
} as const;

const ADMIN_SUFFIXES = new Set(['市', '省', '区', '县']);

/**
 * Keywords by TF-IDF: term frequency in the article (title words boosted) times the inverse document frequency of
 * a background news corpus (data/story/idf.tsv, built by scripts/build-idf.ts). Weights are scaled so the first is
 * 1. No numerals, punctuation or stop words.
 *
 * @example
 * findKeywords(analysis).slice(0, 2) // [{ word: '上饶', weight: 1 }, { word: '飞地', weight: 0.61 }]
 */
export function findKeywords(analysis: Analysis, words: readonly ContentWord[] = contentWords(analysis)): Summary['keywords'] {
  const { idf } = storyLexicons();
  const titles = analysis.layout.sentences.filter((s) => s.role === 'title');
  // a piece of a person's name is no keyword (华山 of 魏华山)
  const people = analysis.entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
  const tf = new Map<string, number>();
  for (const w of words) {
    if (KEYWORD_SETTINGS.excludedTags.includes(w.pos) || rangeAt(people, w.start) !== -1) continue;
    const inTitle = titles.some((t) => t.start <= w.start && w.start < t.end);
    tf.set(w.word, (tf.get(w.word) ?? 0) + (inTitle ? KEYWORD_SETTINGS.titleBoost : 1));
  }
  // 黄石市 and 黄石 are one keyword: count the longer form for the bare name when both occur
  for (const [word, n] of [...tf]) {
    const stem = word.slice(0, -1);
    if (stem.length >= 2 && ADMIN_SUFFIXES.has(word[word.length - 1]) && tf.has(stem)) {
      tf.set(stem, (tf.get(stem) ?? 0) + n);
      tf.delete(word);
    }
  }
  const scored = [...tf].map(([word, n]) => ({ word, weight: n * idf(word) })).sort((a, b) => b.weight - a.weight);
  const top = scored.slice(0, KEYWORD_SETTINGS.count);
  const max = top[0]?.weight ?? 1;
  return top.map(({ word, weight }) => ({ word, weight: Math.round((weight / max) * 1000) / 1000 }));
}
