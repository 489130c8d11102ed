/**
 * Cross-validate on CLUENER's training sentences (never the held-out split) and print per-type F1 of each fold and
 * their mean: each fold's model is trained on the other folds with the shipped settings. By default the model's own
 * spans are scored (run before keeping a feature change); with --pipeline, what analyze() reports with that model —
 * model, news rules and filters together (run before keeping a rule or filter change). One training at a time.
 *
 *   npm run cv:ner                          # the model, 3 folds, shipped settings (~1.5 minutes on one core)
 *   npm run cv:ner -- --folds 5 --seed 7    # other folds / shuffle seed
 *   npm run cv:entities                     # the same with --pipeline
 *
 * Options: --data PATH  --folds N (3)  --epochs N (16)  --seed N (20241127)  --min-count N (2)  --prune X (1.5)
 *          --augment TYPES (name; none)  --copies N (1)  --rate X (0.5): mention replacement
 *          --boost TYPES (none; e.g. name,government)  --boost-by X (1.5): larger update steps for those types
 *          --lexicon-parts N (5; 0 none): the typed entity lexicon, jackknifed over N parts of each fold's training
 *          --lexicon-min-count N (1): times a string must be labelled as its type to enter it
 *          --pipeline: score analyze() instead of the model alone
 *          --keep DIR: with --pipeline, keep the fold models in DIR (fold-0.bin …)
 *          --models DIR: with --pipeline, score the fold models kept in DIR instead of training them (seconds, not
 *          minutes: for rule and filter changes, which need no retraining)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnalyzer } from '../../src/index.js';
import { dataPath } from '../../src/resources/paths.js';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { MODEL_TYPES } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { readModelHeader } from '../../src/stages/6-entities/model.js';
import { augmentExamples } from './augment.js';
import { augmentOptions, boostOptions, entityLexiconOptions, TRAINING_ARGS } from './training-args.js';
import { foldOf, prepare, readJsonl, type LabelledSentence } from './corpus.js';
import { crossValidate, foldScores, meanScores, type CrossValidateOptions, type FoldScores } from './cross-validate.js';
import { pipelineCounts, SCORED_TYPES } from './pipeline-counts.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/cluener/train.jsonl' },
    folds: { type: 'string', default: '3' },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20241127' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1.5' },
    pipeline: { type: 'boolean', default: false },
    keep: { type: 'string' },
    models: { type: 'string' },
    ...TRAINING_ARGS,
  },
});
if ((values.keep || values.models) && !values.pipeline) throw new Error('--keep and --models go with --pipeline');

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);
const folds = Number(values.folds);
const foldModel = (folder: string, fold: number) => join(folder, `fold-${fold}.bin`);
const pipelineScores = (folder: string, fold: number, test: readonly LabelledSentence[]) =>
  pipelineCounts(createAnalyzer({ entityModel: foldModel(folder, fold) }), test);
// with --pipeline, each fold's model file goes to a folder for an analyser to load: --keep's, or a temporary one
const folder = values.models ?? values.keep ?? (values.pipeline ? mkdtempSync(join(tmpdir(), 'zhnews-cv-')) : null);
if (values.keep) mkdirSync(values.keep, { recursive: true });
try {
  const scores = values.models ? scoreKept(values.models) : train(folder);
  const columns = [...(folder ? SCORED_TYPES : MODEL_TYPES), 'all'];
  console.log(folder ? `whole pipeline (analyze()), ${folds} folds of the training split` : `model alone, ${folds} folds of the training split`);
  console.log(`${'fold'.padEnd(6)}${columns.map((c) => c.slice(0, 7).padStart(8)).join('')}`);
  scores.forEach((row, fold) => console.log(`${String(fold).padEnd(6)}${columns.map((c) => row[c].toFixed(1).padStart(8)).join('')}`));
  const mean = meanScores(scores);
  console.log(`${'mean'.padEnd(6)}${columns.map((c) => mean[c].toFixed(1).padStart(8)).join('')}`);
} finally {
  if (folder && !values.keep && !values.models) rmSync(folder, { recursive: true, force: true });
}

/** Scores of the fold models kept in `kept` (--models), each on its fold's test sentences. */
function scoreKept(kept: string): FoldScores {
  const pool = readJsonl(values.data).sentences.filter((s) => !s.heldOut);
  return Array.from({ length: folds }, (_, fold) => foldScores(pipelineScores(kept, fold, pool.filter((s) => foldOf(s.hash, folds) === fold))));
}

/** Train and score each fold's model (written to `folder` when the pipeline scores it). */
function train(folder: string | null): FoldScores {
  const lexicons = entityLexicons();
  const segmenter = nodejiebaSegmenter();
  const examples = prepare(readJsonl(values.data).sentences, segmenter, lexicons);
  const augment = augmentOptions(values, Number(values.seed));
  const score: CrossValidateOptions['score'] = folder
    ? (modelFile, test, fold) => {
        writeFileSync(foldModel(folder, fold), modelFile);
        return pipelineScores(folder, fold, test);
      }
    : undefined;
  return crossValidate(examples, lexicons, {
    folds,
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    minCount: Number(values['min-count']),
    prune: Number(values.prune),
    ...boostOptions(values),
    augment: (train) => augmentExamples(train, segmenter, lexicons, augment),
    entityLexicon: entityLexiconOptions(values),
    score,
    // the pipeline's confidence thresholds need calibrated confidences: the fold models, trained the same way, take
    // the shipped model's calibration (fitted on the held-out split, which the folds never see)
    // (read from its header alone: a new feature layout cannot load the shipped weights)
    calibration: folder ? readModelHeader(readFileSync(dataPath('ner-model.bin'))).calibration : undefined,
    log,
  });
}
