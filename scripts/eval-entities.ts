/**
 * Evaluate the entities users get — the whole analyze() pipeline: model, news rules and filters — on the held-out
 * split of labelled JSONL (the same split as eval:ner), exact match per type. CLUENER's `name` is zhnews' `person`;
 * address and the book/game/movie/scene types are not reported by zhnews and not scored here.
 *
 *   npm run eval:entities                      # CLUENER's held-out split
 *   npm run eval:entities -- --data my.jsonl
 */
import { parseArgs } from 'node:util';
import { analyze } from '../src/index.js';
import type { ModelType, TypedSpan } from '../src/stages/6-entities/labels.js';
import type { EntityType } from '../src/types.js';
import { readJsonl } from './ner/corpus.js';
import { prf, tally, total, type Counts } from './ner/score.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data/cluener/train.jsonl' } } });

/** zhnews entity type → the CLUENER type it is scored against. */
const SCORED: Partial<Record<EntityType, ModelType>> = {
  company: 'company',
  organization: 'organization',
  government: 'government',
  person: 'name',
  position: 'position',
};
const scoredTypes = new Set(Object.values(SCORED));

const heldOut = readJsonl(values.data).sentences.filter((s) => s.heldOut);
const counts = new Map<string, Counts>();
for (const sentence of heldOut) {
  const predicted: TypedSpan[] = [];
  for (const e of analyze(sentence.text).entities) {
    const type = SCORED[e.type];
    if (type) predicted.push({ start: e.start, end: e.end, type });
  }
  tally(counts, sentence.spans.filter((s) => scoredTypes.has(s.type)), predicted);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`held-out: ${heldOut.length} sentences, whole pipeline (analyze())`);
console.log(`${'type'.padEnd(13)}${pad('gold', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`);
for (const type of [...scoredTypes, 'all']) {
  const c = type === 'all' ? total(counts) : counts.get(type);
  const m = prf(c);
  console.log(`${type.padEnd(13)}${pad(c?.gold ?? 0, 6)}${pad(m.p.toFixed(1), 7)}${pad(m.r.toFixed(1), 7)}${pad(m.f.toFixed(1), 7)}`);
}
