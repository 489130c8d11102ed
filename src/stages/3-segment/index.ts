/**
 * Stage 3 — segment. Needs: normalised `text` and `sentences`. Adds: `tokens` (word ranges of the normalised
 * text with POS tags), numbers and Latin runs kept whole.
 */
import type { Range } from '../2-article/index.js';
import { findRuns } from './runs.js';
import type { Segmenter } from './segmenter.js';

export type { Segmenter } from './segmenter.js';
export { nodejiebaSegmenter } from './nodejieba.js';

export interface TokenRange extends Range {
  pos: string;
}

/**
 * Tokens of every sentence, in document order.
 *
 * @example
 * segment('转化率达33.24%', [{ start: 0, end: 10 }], nodejiebaSegmenter()).map((t) => t.pos) // ['n', 'v', 'm']
 */
export function segment(text: string, sentences: readonly Range[], segmenter: Segmenter): TokenRange[] {
  const tokens: TokenRange[] = [];
  for (const sentence of sentences) segmentRange(text, sentence, segmenter, tokens);
  return tokens;
}

function segmentRange(text: string, range: Range, segmenter: Segmenter, out: TokenRange[]): void {
  const words = segmenter.tag(text.slice(range.start, range.end));
  const runs = findRuns(text, range.start, range.end);
  let run = 0;
  let at = range.start;
  for (let w = 0; w < words.length; w++) {
    const { word, tag } = words[w];
    const start = text.startsWith(word, at) ? at : resync(text, word, at, range.end);
    if (start === -1) continue; // the segmenter returned something that is not in the text: skip it
    const end = start + word.length;
    at = end;
    while (run < runs.length && runs[run].end <= start) run++;
    const r = runs[run];
    if (r && r.start === start && r.end >= end && endsOnWordBoundary(words, w, text, at, r.end)) {
      // one run split by the segmenter (4 / K, 33.24 / %): emit it whole and skip the pieces
      out.push({ start: r.start, end: r.end, pos: r.pos });
      while (at < r.end && w + 1 < words.length) at += words[++w].word.length;
      continue;
    }
    if (isBlank(text, start, end)) continue;
    out.push({ start, end, pos: tag });
  }
}

/** Whether the words after index w end exactly at `runEnd` (so merging them does not cut a word). */
function endsOnWordBoundary(words: { word: string }[], w: number, text: string, at: number, runEnd: number): boolean {
  let p = at;
  for (let k = w + 1; k < words.length && p < runEnd; k++) p += words[k].word.length;
  return p === runEnd;
}

/** Find where `word` really starts when the segmenter's output drifted from the text (it never should). */
const RESYNC_WINDOW = 32;

function resync(text: string, word: string, from: number, limit: number): number {
  const window = text.slice(from, Math.min(limit, from + word.length + RESYNC_WINDOW));
  const found = window.indexOf(word);
  return found === -1 ? -1 : from + found;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a) return false;
  }
  return true;
}
