/**
 * Entity recognition throughput as ratios to nodejieba.tag in the same process: stage 6 alone (stages 1–3 done
 * beforehand, model already loaded), the whole analyze(), and nodejieba.tag over the same texts. Rounds
 * interleave the three, so load from other processes hits them alike; each prints its median chars/s and the
 * median of the per-round ratios.
 *
 *   npx tsx bench/entities.ts [rounds]   (fixtures/*.txt and ../shared/corpus/*.txt when present; default 9)
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
const rounds = Number(process.argv[2] ?? 9);

const loadStarted = performance.now();
loadModel();
console.log(`model load: ${(performance.now() - loadStarted).toFixed(0)} ms`);

const segmenter = nodejiebaSegmenter();
const prepared: Analysis[] = articles.map((input) => {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter);
  return analysis;
});
const require = createRequire(import.meta.url);
const nodejieba = require('nodejieba') as { tag(text: string): unknown };

/** chars/s of `repeat` passes of `run` over the texts. */
function rate(repeat: number, run: () => void): number {
  const started = performance.now();
  for (let r = 0; r < repeat; r++) run();
  return (chars * repeat) / ((performance.now() - started) / 1000);
}
const stage = () => {
  for (const a of prepared) recognizeEntities({ ...a, entities: [] });
};
const whole = () => {
  for (const a of articles) analyze(a);
};
const tag = () => {
  for (const a of articles) nodejieba.tag(a);
};
for (const run of [stage, whole, tag]) run(); // warm up

const samples = { stage: [] as number[], whole: [] as number[], tag: [] as number[], stageRatio: [] as number[], wholeRatio: [] as number[] };
for (let r = 0; r < rounds; r++) {
  const s = rate(4, stage);
  const t1 = rate(4, tag);
  const w = rate(2, whole);
  const t2 = rate(4, tag);
  samples.stage.push(s);
  samples.whole.push(w);
  samples.tag.push(t1, t2);
  samples.stageRatio.push(s / t1);
  samples.wholeRatio.push(w / t2);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perSecond = (xs: number[]) => `${Math.round(median(xs)).toLocaleString('en')} chars/s`;
console.log(`${articles.length} articles, ${chars} chars, ${folders.join(' + ')}; ${rounds} interleaved rounds, medians`);
console.log(`${'entities (stage 6 alone)'.padEnd(28)} ${perSecond(samples.stage).padStart(18)}   ${median(samples.stageRatio).toFixed(2)}× tag`);
console.log(`${'analyze() (all stages)'.padEnd(28)} ${perSecond(samples.whole).padStart(18)}   ${median(samples.wholeRatio).toFixed(2)}× tag`);
console.log(`${'nodejieba.tag'.padEnd(28)} ${perSecond(samples.tag).padStart(18)}`);
