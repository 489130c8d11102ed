/**
 * Places benchmark: gazetteer load time (cold, in this process) and the share of analyze() time spent in stage 5
 * over ../shared/corpus/*.txt and the seed article. Run: `npm run bench:places`. Prints figures; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../src/doc/analysis.js';
import { analyze } from '../src/index.js';
import { normalize } from '../src/stages/1-normalize/index.js';
import { readArticle } from '../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../src/stages/3-segment/index.js';
import { findPlaces, loadGazetteer } from '../src/stages/5-places/index.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpusDir = join(root, '..', 'shared', 'corpus');
const files = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => join(corpusDir, f)),
  join(root, 'fixtures', 'shangrao-g60-enclave.txt'),
];
const texts = files.map((f) => readFileSync(f, 'utf8'));

let t = performance.now();
const gazetteer = loadGazetteer();
const loadMs = performance.now() - t;
console.log(`gazetteer: ${gazetteer.places.length} places, ${gazetteer.byForm.size} forms`);
console.log(`gazetteer load (read + parse + index + trie): ${loadMs.toFixed(1)} ms`);

const segmenter = nodejiebaSegmenter();
const analyses: Analysis[] = texts.map((input) => {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  return analysis;
});
for (const text of texts) analyze(text); // warm up jieba and every lazy resource

const ROUNDS = 5;
t = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const text of texts) analyze(text);
const analyzeMs = (performance.now() - t) / ROUNDS;
t = performance.now();
let found = 0;
for (let r = 0; r < ROUNDS; r++) for (const a of analyses) found += findPlaces(a).length;
const placesMs = (performance.now() - t) / ROUNDS;
const chars = texts.reduce((n, s) => n + s.length, 0);
console.log(`${texts.length} articles, ${chars} characters, ${found / ROUNDS} places`);
console.log(`analyze(): ${analyzeMs.toFixed(1)} ms per pass; place matching: ${placesMs.toFixed(1)} ms`);
console.log(`place matching share of analyze(): ${((100 * placesMs) / analyzeMs).toFixed(1)}%`);
