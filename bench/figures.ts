/**
 * How much the figures stage adds to analyze(). Runs stages 1–3 (normalise, article, segment) with and without
 * stage 4 over ../shared/corpus/*.txt and the seed article, and prints characters per second for each and for
 * analyze() end to end. Usage: npm run bench:figures
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';
import type { Analysis } from '../src/doc/analysis.js';
import { normalize } from '../src/stages/1-normalize/index.js';
import { readArticle } from '../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../src/stages/3-segment/index.js';
import { findFigures } from '../src/stages/4-figures/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '..', 'shared', 'corpus');
const texts = [
  ...readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpusDir, f), 'utf8')),
  readFileSync(join(root, 'fixtures', 'shangrao-g60-enclave.txt'), 'utf8'),
];
const chars = texts.reduce((n, t) => n + t.length, 0);
const segmenter = nodejiebaSegmenter();
const ROUNDS = 20;

/** Milliseconds spent in stages 1–3 and in stage 4 during the runs with figures (the same passes, so the same load). */
const split = { before: 0, figures: 0 };

function stages(input: string, figures: boolean): void {
  const t0 = performance.now();
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  if (!figures) return;
  const t1 = performance.now();
  analysis.figures = findFigures(analysis);
  split.before += t1 - t0;
  split.figures += performance.now() - t1;
}

const TRIALS = 7;

/** One timing of ROUNDS passes over the corpus, in milliseconds. */
function time(run: (text: string) => void): number {
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) run(t);
  return performance.now() - t0;
}

/** Best of TRIALS timings of each run, interleaved so that load from other processes hits all alike; chars/s. */
function rates(...runs: ((text: string) => void)[]): number[] {
  const best = runs.map(() => Infinity);
  for (let trial = 0; trial < TRIALS; trial++) runs.forEach((run, k) => (best[k] = Math.min(best[k], time(run))));
  return best.map((ms) => (chars * ROUNDS) / (ms / 1000));
}

for (const t of texts) analyze(t); // warm up: dictionaries, JIT
const [without, withFigures, whole] = rates(
  (t) => stages(t, false),
  (t) => stages(t, true),
  (t) => analyze(t),
);
// the stage alone, on analyses prepared beforehand: steadier than the difference of two noisy totals
const prepared = texts.map((input) => {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  return analysis;
});
let k = 0;
const [alone] = rates(() => {
  findFigures(prepared[k++ % prepared.length]);
});
const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} chars/s`;
console.log(`corpus: ${texts.length} articles, ${chars.toLocaleString('en-US')} chars, ${ROUNDS} rounds, best of ${TRIALS} interleaved; ${cpus()[0]?.model ?? 'cpu'}`);
console.log(`stages 1-3 (no figures): ${fmt(without)}`);
console.log(`stages 1-4 (figures):    ${fmt(withFigures)}`);
console.log(`figures add:             ${((split.figures / split.before) * 100).toFixed(1)}% to the time of stages 1-3, timed inside the same passes`);
console.log(`                         (${(((without / withFigures) - 1) * 100).toFixed(1)}% from the two rates above, which other processes on the machine skew)`);
console.log(`figures stage alone:     ${fmt(alone)} on prepared analyses`);
console.log(`analyze() end to end:    ${fmt(whole)}`);
