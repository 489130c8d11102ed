/**
 * Cross-validate what analyze() reports — model, news rules and filters together — on CLUENER's training
 * sentences (never the held-out split): each fold's model is trained on the other folds with the shipped settings
 * and the whole pipeline runs with it on the fold. Judge a rule or filter change here, on ~10× the held-out
 * split's entities, and keep `npm run eval:entities` for the final check.
 *
 *   npm run cv:entities                          # 3 folds, shipped settings (~2 minutes on one core)
 *   npm run cv:entities -- --folds 5 --seed 7
 *
 * Options: --data PATH  --folds N (3)  --epochs N (16)  --seed N (20241127)  --min-count N (2)  --prune X (1.5)
 *          and the training options of cv:ner (--augment, --copies, --rate, --boost, --boost-by)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/index.js';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { augmentExamples } from './augment.js';
import { prepare, readJsonl } from './corpus.js';
import { crossValidate, meanScores } from './cross-validate.js';
import { pipelineCounts, SCORED_TYPES } from './pipeline-counts.js';
import { augmentOptions, boostOptions, TRAINING_ARGS } from './training-args.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/cluener/train.jsonl' },
    folds: { type: 'string', default: '3' },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20241127' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1.5' },
    ...TRAINING_ARGS,
  },
});

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
const lexicons = entityLexicons();
const segmenter = nodejiebaSegmenter();
const examples = prepare(readJsonl(values.data).sentences, segmenter, lexicons);
const dir = mkdtempSync(join(tmpdir(), 'zhnews-cv-'));
try {
  const scores = crossValidate(examples, lexicons, {
    folds: Number(values.folds),
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    minCount: Number(values['min-count']),
    prune: Number(values.prune),
    ...boostOptions(values),
    augment: (train) => augmentExamples(train, segmenter, lexicons, augmentOptions(values, Number(values.seed))),
    score: (modelFile, test, fold) => {
      const path = join(dir, `fold-${fold}.bin`);
      writeFileSync(path, modelFile);
      return pipelineCounts(createAnalyzer({ entityModel: path }), test);
    },
    log,
  });
  const columns = [...SCORED_TYPES, 'all'];
  console.log(`whole pipeline (analyze()), ${values.folds} folds of the training split`);
  console.log(`${'fold'.padEnd(6)}${columns.map((c) => c.slice(0, 7).padStart(8)).join('')}`);
  scores.forEach((row, fold) => console.log(`${String(fold).padEnd(6)}${columns.map((c) => row[c].toFixed(1).padStart(8)).join('')}`));
  const mean = meanScores(scores);
  console.log(`${'mean'.padEnd(6)}${columns.map((c) => mean[c].toFixed(1).padStart(8)).join('')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
