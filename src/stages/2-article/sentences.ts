import { trimRange, type Range } from './lines.js';

const TERMINATORS = new Set(['。', '！', '？', '!', '?', '；', ';', '…']);
/** Closing quotes and brackets that belong to the sentence they close: 他说:“好。” */
const CLOSERS = new Set(['”', '’', '」', '』', '"', "'", ')', '）', '》', '】', ']']);

/**
 * Split a paragraph into sentences at 。！？；… (a run such as …… or ？！ ends one sentence), keeping closing
 * quotes and brackets with the sentence they end.
 *
 * @example
 * splitSentences('他说:“好。”我们走吧!', { start: 0, end: 13 }).length // 2
 */
export function splitSentences(text: string, paragraph: Range): Range[] {
  const sentences: Range[] = [];
  let start = paragraph.start;
  let i = paragraph.start;
  while (i < paragraph.end) {
    if (!TERMINATORS.has(text[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < paragraph.end && TERMINATORS.has(text[end])) end++;
    while (end < paragraph.end && CLOSERS.has(text[end])) end++;
    const sentence = trimRange(text, start, end);
    if (sentence.end > sentence.start) sentences.push(sentence);
    start = i = end;
  }
  const last = trimRange(text, start, paragraph.end);
  if (last.end > last.start) sentences.push(last);
  return sentences;
}
