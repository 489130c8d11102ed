/**
 * Entity recognition throughput: stage 6 alone (stages 1–3 done beforehand, model already loaded), the whole
 * analyze(), and nodejieba.tag over the same text for comparison. Prints characters per second.
 *
 *   npx tsx bench/entities.ts            (uses fixtures/*.txt and ../shared/corpus/*.txt when present)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/doc/analysis.js';
import { normalize } from '../src/stages/1-normalize/index.js';
import { readArticle } from '../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../src/stages/3-segment/index.js';
import { recognizeEntities } from '../src/stages/6-entities/index.js';
import { loadModel } from '../src/stages/6-entities/model.js';

const folders = ['fixtures', '../shared/corpus'].filter((d) => existsSync(d));
const articles = folders.flatMap((d) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(d, f), 'utf8')),
);
const chars = articles.reduce((n, a) => n + a.length, 0);

let started = performance.now();
loadModel();
console.log(`model load: ${(performance.now() - started).toFixed(0)} ms`);

const segmenter = nodejiebaSegmenter();
const prepared: Analysis[] = articles.map((input) => {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  return analysis;
});

function rate(label: string, rounds: number, run: () => void): number {
  run(); // warm up
  started = performance.now();
  for (let r = 0; r < rounds; r++) run();
  const perSecond = (chars * rounds) / ((performance.now() - started) / 1000);
  console.log(`${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en')} chars/s`);
  return perSecond;
}

console.log(`${articles.length} articles, ${chars} chars, ${folders.join(' + ')}`);
rate('entities (stage 6 alone)', 20, () => {
  for (const a of prepared) recognizeEntities({ ...a, entities: [] });
});
const whole = rate('analyze() (stages 1-3 + 6)', 5, () => {
  for (const a of articles) analyze(a);
});
const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba') as { tag(text: string): unknown };
const jieba = rate('nodejieba.tag', 5, () => {
  for (const a of articles) nodejieba.tag(a);
});
console.log(`analyze() / nodejieba.tag: ${(whole / jieba).toFixed(2)}`);
