/**
 * Places benchmark: gazetteer load time (cold, in this process) and the share of analyze() time spent in stage 5
 * over ../shared/corpus/*.txt and the seed article. Run: `npm run bench:places`. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
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

// The load is timed cold in fresh processes (the gazetteer is cached per process); the best of a few runs is the
// figure least disturbed by other work on the machine.
if (process.env.ZHNEWS_BENCH_LOAD_ONLY) {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  loadGazetteer();
  const { user, system } = process.cpuUsage(cpu);
  console.log(`${performance.now() - wall} ${(user + system) / 1000}`);
  process.exit(0);
}
const loads = Array.from({ length: 5 }, () =>
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, ZHNEWS_BENCH_LOAD_ONLY: '1' },
    encoding: 'utf8',
  })
    .trim()
    .split(' ')
    .map(Number),
);
const best = (k: number): string => Math.min(...loads.map((l) => l[k])).toFixed(1);
const gazetteer = loadGazetteer();
console.log(`gazetteer: ${gazetteer.places.length} places, ${gazetteer.byForm.size} forms`);
console.log(`gazetteer load (read + parse + index + trie), cold, best of 5 processes: ${best(0)} ms wall, ${best(1)} ms CPU`);

const segmenter = nodejiebaSegmenter();
const analyses: Analysis[] = texts.map((input) => {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  return analysis;
});
for (const text of texts) analyze(text); // warm up jieba and every lazy resource

// Best pass of several, in CPU time of this process (jieba runs in-thread, so it counts): the machine is shared,
// and CPU time and the minimum are the figures least disturbed by other work.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ROUNDS = 9;
let analyzeMs = Infinity;
let placesMs = Infinity;
let found = 0;
for (let r = 0; r < ROUNDS; r++) {
  let t = cpuMs();
  for (const text of texts) analyze(text);
  analyzeMs = Math.min(analyzeMs, cpuMs() - t);
  t = cpuMs();
  found = 0;
  for (let k = 0; k < 5; k++) for (const a of analyses) found += findPlaces(a).length; // 5×: cpuUsage ticks coarsely
  placesMs = Math.min(placesMs, (cpuMs() - t) / 5);
  found /= 5;
}
const chars = texts.reduce((n, s) => n + s.length, 0);
console.log(`${texts.length} articles, ${chars} characters, ${found} places`);
console.log(`analyze(): ${analyzeMs.toFixed(1)} ms CPU per pass (best of ${ROUNDS}); place matching: ${placesMs.toFixed(1)} ms`);
console.log(`place matching share of analyze(): ${((100 * placesMs) / analyzeMs).toFixed(1)}%`);
