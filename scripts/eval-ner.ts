/**
 * Evaluate the entity model on the held-out split (FNV-1a(line) % 10 === 0) of labelled JSONL: exact-match
 * precision / recall / F1 per type, beside the published CLUENER2020 baselines and nodejieba's POS tags
 * (nr → name, ns → address, nt → company, organization and government alike).
 *
 *   npm run eval:ner                         # the shipped model on CLUENER's held-out split
 *   npm run eval:ner -- --model my.bin --data my.jsonl
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataPath } from '../src/resources/paths.js';
import { nodejiebaSegmenter } from '../src/stages/3-segment/index.js';
import { MODEL_TYPES, type TypedSpan } from '../src/stages/6-entities/labels.js';
import { entityLexicons } from '../src/stages/6-entities/lexicons.js';
import { parseModel } from '../src/stages/6-entities/model.js';
import { modelSpans } from '../src/stages/6-entities/model-spans.js';
import { prepare, readJsonl } from './ner/corpus.js';
import { prf, tally, total, type Counts } from './ner/score.js';

const { values } = parseArgs({
  options: {
    model: { type: 'string', default: dataPath('ner-model.bin') },
    data: { type: 'string', default: '../shared/data/cluener/train.jsonl' },
  },
});

/** CLUENER2020 README, exact-match F1 on its test set. */
const BASELINES: Record<string, [number, number]> = {
  company: [72.3, 81.4],
  organization: [76.0, 79.4],
  government: [77.3, 87.0],
  name: [74.0, 88.8],
  address: [45.5, 60.9],
  position: [70.2, 78.9],
};
const JIEBA_TYPES: Record<string, string[]> = { nr: ['name'], ns: ['address'], nt: ['company', 'organization', 'government'] };

const model = parseModel(readFileSync(values.model));
const lexicons = entityLexicons();
const heldOut = prepare(
  readJsonl(values.data).sentences.filter((s) => s.heldOut),
  nodejiebaSegmenter(),
  lexicons,
);

const modelCounts = new Map<string, Counts>();
const jiebaCounts = new Map<string, Counts>();
let chars = 0;
const started = performance.now();
for (const ex of heldOut) {
  chars += ex.text.length;
  tally(modelCounts, ex.spans, modelSpans(model, lexicons, ex.text, 0, ex.text.length, ex.tokens));
}
const seconds = (performance.now() - started) / 1000;
for (const ex of heldOut) {
  const jieba: TypedSpan[] = ex.tokens.flatMap((t) =>
    (JIEBA_TYPES[t.pos] ?? []).map((type) => ({ start: t.start, end: t.end, type: type as TypedSpan['type'] })),
  );
  tally(jiebaCounts, ex.spans, jieba);
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`held-out: ${heldOut.length} sentences, ${chars} chars (model: ${values.model.replace(/^.*[\\/]/, '')})`);
console.log(`${'type'.padEnd(13)}${pad('gold', 6)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)} | ${pad('jieba F1', 9)}${pad('BiLSTM-CRF', 11)}${pad('BERT', 6)}`);
for (const type of [...MODEL_TYPES, 'all']) {
  const counts = type === 'all' ? total(modelCounts) : modelCounts.get(type);
  const m = prf(counts);
  const j = type === 'all' ? null : JIEBA_TYPES && prf(jiebaCounts.get(type));
  const base = BASELINES[type];
  const jieba = j && Object.values(JIEBA_TYPES).some((ts) => ts.includes(type)) ? j.f.toFixed(1) : '-';
  console.log(
    `${type.padEnd(13)}${pad(counts?.gold ?? 0, 6)}${pad(m.p.toFixed(1), 7)}${pad(m.r.toFixed(1), 7)}${pad(m.f.toFixed(1), 7)} | ${pad(jieba, 9)}${pad(base ? base[0].toFixed(1) : '-', 11)}${pad(base ? base[1].toFixed(1) : '-', 6)}`,
  );
}
console.log(`decoding (features + Viterbi + confidences, jieba tokens given): ${Math.round(chars / seconds)} chars/s`);
