/**
 * Build data/story/idf.tsv, the inverse document frequencies the story stage weighs keywords with, from a
 * background corpus of news sentences (default: CLUENER2020's training texts in ../shared/data).
 *
 *   npx tsx scripts/build-idf.ts [path/to/train.jsonl]
 *
 * Each line of the corpus is one document. Words seen in fewer than MIN_DF documents are left out; the analyser
 * gives unseen words the idf of a word seen once (the `default` of the header line).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nodejiebaSegmenter } from '../src/stages/3-segment/index.js';

const MIN_DF = 2;
const source = process.argv[2] ?? '../shared/data/cluener/train.jsonl';
const out = new URL('../data/story/idf.tsv', import.meta.url);

const segmenter = nodejiebaSegmenter();
const df = new Map<string, number>();
let documents = 0;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text } = JSON.parse(line) as { text: string };
  documents++;
  const words = new Set(segmenter.tag(text).map((w) => w.word).filter(isWord));
  for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
}

const idf = (n: number) => Math.log((documents + 1) / (n + 1)) + 1;
const rows = [...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const header = `# idf = ln((N+1)/(df+1))+1 over ${documents} CLUENER2020 sentences; words with df >= ${MIN_DF}\tdefault=${idf(1).toFixed(3)}`;
writeFileSync(out, `${header}\n${rows.map(([w, n]) => `${w}\t${idf(n).toFixed(3)}`).join('\n')}\n`);
console.log(`${rows.length} words from ${documents} documents -> ${out.pathname}`);

/** A word worth weighing: at least one Han character or Latin letter, no digits, no spaces. */
function isWord(word: string): boolean {
  return /^[\u4e00-\u9fffA-Za-z]+$/.test(word) && /[\u4e00-\u9fff]|[A-Za-z]{2}/.test(word);
}
