/**
 * Evaluate the entities users get — the whole analyze() pipeline: model, news rules and filters — on the held-out
 * split of labelled JSONL (the same split as eval:ner), exact match per type. CLUENER's `name` is zhnews' `person`;
 * address and the book/game/movie/scene types are not reported by zhnews and not scored here.
 *
 *   npm run eval:entities                                   # CLUENER's held-out split, the shipped model
 *   npm run eval:entities -- --data my.jsonl --model my.bin # your data's held-out tenth, your model
 */
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../src/index.js';
import { readJsonl } from './ner/corpus.js';
import { pipelineCounts, SCORED_TYPES } from './ner/pipeline-counts.js';
import { prf, total } from './ner/score.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data/cluener/train.jsonl' }, model: { type: 'string' } },
});

const heldOut = readJsonl(values.data).sentences.filter((s) => s.heldOut);
const counts = pipelineCounts(createAnalyzer({ entityModel: values.model }), heldOut);

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`held-out: ${heldOut.length} sentences, whole pipeline (analyze())${values.model ? `, model ${values.model}` : ''}`);
console.log(`${'type'.padEnd(13)}${pad('gold', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`);
for (const type of [...SCORED_TYPES, 'all']) {
  const c = type === 'all' ? total(counts) : counts.get(type);
  const m = prf(c);
  console.log(`${type.padEnd(13)}${pad(c?.gold ?? 0, 6)}${pad(m.p.toFixed(1), 7)}${pad(m.r.toFixed(1), 7)}${pad(m.f.toFixed(1), 7)}`);
}
