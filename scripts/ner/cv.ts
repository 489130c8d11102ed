/**
 * Cross-validate the entity model's features on CLUENER's training sentences (never the held-out split) and print
 * per-type F1 of each fold and their mean. Run before keeping a feature change; one training at a time.
 *
 *   npm run cv:ner                          # 3 folds, shipped settings (~3 minutes on one core)
 *   npm run cv:ner -- --folds 5 --seed 7    # other folds / shuffle seed
 *
 * Options: --data PATH  --folds N (3)  --epochs N (16)  --seed N (20241127)  --min-count N (2)  --prune X (1.5)
 *          --augment TYPES (name; none)  --copies N (1)  --rate X (0.5): mention replacement
 *          --boost TYPES (none; e.g. name,government)  --boost-by X (1.5): larger update steps for those types
 */
import { parseArgs } from 'node:util';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { MODEL_TYPES } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { augmentExamples } from './augment.js';
import { augmentOptions, boostOptions, TRAINING_ARGS } from './training-args.js';
import { prepare, readJsonl } from './corpus.js';
import { crossValidate, meanScores } from './cross-validate.js';

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
const augment = augmentOptions(values, Number(values.seed));
const scores = crossValidate(examples, lexicons, {
  folds: Number(values.folds),
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  prune: Number(values.prune),
  ...boostOptions(values),
  augment: (train) => augmentExamples(train, segmenter, lexicons, augment),
  log,
});
const columns = [...MODEL_TYPES, 'all'];
console.log(`${'fold'.padEnd(6)}${columns.map((c) => c.slice(0, 7).padStart(8)).join('')}`);
scores.forEach((row, fold) => console.log(`${String(fold).padEnd(6)}${columns.map((c) => row[c].toFixed(1).padStart(8)).join('')}`));
const mean = meanScores(scores);
console.log(`${'mean'.padEnd(6)}${columns.map((c) => mean[c].toFixed(1).padStart(8)).join('')}`);
