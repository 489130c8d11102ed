/**
 * k-fold cross-validation of the entity model over the training sentences only (the fixed held-out split is
 * never touched): each fold is trained on the other folds with the shipped settings, pruned and quantised the
 * way the model file is, and scored by exact match. Feature changes are judged on the mean over folds, which is
 * far steadier than the 183–374 held-out entities per type.
 */
import { encodeEntityLexicon } from '../../src/stages/6-entities/entity-lexicon.js';
import { MODEL_TYPES, type ModelType } from '../../src/stages/6-entities/labels.js';
import type { EntityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel, serializeModel, type ModelHeader, type NerModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { foldOf, type Example } from './corpus.js';
import { jackknifedLexicons, lexiconPart, withEntityLexicon, type EntityLexiconOptions } from './entity-lexicon.js';
import { pruneAndQuantise, trainPerceptron } from './perceptron.js';
import { prf, tally, total, type Counts } from './score.js';
import { modelHeader } from './train.js';

export interface CrossValidateOptions {
  folds: number;
  epochs: number;
  seed: number;
  minCount: number;
  prune: number;
  /** Types whose update steps are `boost` times larger (see TrainOptions). */
  boostTypes?: readonly ModelType[];
  boost?: number;
  /** Extra training examples made from a fold's training examples only (augmentation); none when absent. */
  augment?: (train: readonly Example[]) => Example[];
  /**
   * How a fold is scored, given its model file's bytes and its test sentences: by default the model's own spans;
   * `npm run cv:entities` scores what analyze() reports with that model instead.
   */
  score?: (modelFile: Uint8Array, test: readonly Example[], fold: number) => Map<string, Counts>;
  /**
   * The typed entity-lexicon feature: built per fold from the fold's training sentences only (never its test
   * sentences), jackknifed over them; absent, no character is in a match.
   */
  entityLexicon?: EntityLexiconOptions;
  /** Confidence calibration written into each fold's model file (default: none, a = 1, b = 0). */
  calibration?: ModelHeader['calibration'];
  log?: (line: string) => void;
}

/** Per-type F1 (0–100) of each fold, `all` being the micro average over types. */
export type FoldScores = Record<string, number>[];

/**
 * Train and score `folds` models; examples marked held out are skipped.
 *
 * @example
 * const scores = crossValidate(examples, lexicons, { folds: 3, epochs: 16, seed: 20241127, minCount: 2, prune: 1 });
 * meanScores(scores).name // e.g. 70.4
 */
export function crossValidate(examples: readonly Example[], lexicons: EntityLexicons, options: CrossValidateOptions): FoldScores {
  const pool = examples.filter((e) => !e.heldOut);
  const scores: FoldScores = [];
  for (let fold = 0; fold < options.folds; fold++) {
    const test = pool.filter((e) => foldOf(e.hash, options.folds) === fold);
    const original = pool.filter((e) => foldOf(e.hash, options.folds) !== fold);
    let train = [...original, ...(options.augment?.(original) ?? [])];
    let entityLexicon: string | undefined;
    const lexiconOptions = options.entityLexicon;
    if (lexiconOptions) {
      // augmented copies keep their sentence's hash, so they read the same part's lexicon as it does
      const jackknifed = jackknifedLexicons(original, lexiconOptions);
      train = withEntityLexicon(train, lexicons, (e) => jackknifed.parts[lexiconPart(e.hash, lexiconOptions.parts)]);
      entityLexicon = encodeEntityLexicon(jackknifed.entries); // the fold's model reads it on its test sentences
      options.log?.(`fold ${fold}: entity lexicon of ${jackknifed.entries.length} strings`);
    }
    const trained = trainPerceptron(train, {
      epochs: options.epochs,
      seed: options.seed,
      minCount: options.minCount,
      boostTypes: options.boostTypes,
      boost: options.boost,
    });
    const { weights, scale } = pruneAndQuantise(trained, options.prune);
    const header = modelHeader(weights, scale, { fold: `${fold} of ${options.folds}` });
    if (options.calibration) header.calibration = options.calibration;
    if (entityLexicon) header.entityLexicon = entityLexicon;
    const bytes = serializeModel(header, weights);
    const counts = options.score ? options.score(bytes, test, fold) : modelCounts(parseModel(bytes), lexicons, test);
    const row = foldScores(counts);
    scores.push(row);
    options.log?.(`fold ${fold}: train ${train.length}, test ${test.length}, ${weights.entries.length} weights, all F1 ${row.all}`);
  }
  return scores;
}

/**
 * One fold's F1 per type (0–100) and `all`, the micro average, from its counts.
 *
 * @example
 * foldScores(counts).government // e.g. 74.7
 */
export function foldScores(counts: Map<string, Counts>): Record<string, number> {
  const row: Record<string, number> = { all: prf(total(counts)).f };
  for (const type of MODEL_TYPES) row[type] = prf(counts.get(type)).f;
  return row;
}

/** Exact-match counts of the model's own spans on the test sentences. */
function modelCounts(model: NerModel, lexicons: EntityLexicons, test: readonly Example[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const ex of test) tally(counts, ex.spans, modelSpans(model, lexicons, ex.text, 0, ex.text.length, ex.tokens));
  return counts;
}

/**
 * Mean F1 per type over folds, to one decimal.
 *
 * @example
 * meanScores([{ name: 70 }, { name: 71 }]) // { name: 70.5 }
 */
export function meanScores(scores: FoldScores): Record<string, number> {
  const mean: Record<string, number> = {};
  for (const key of Object.keys(scores[0] ?? {})) {
    mean[key] = Math.round((10 * scores.reduce((s, row) => s + row[key], 0)) / scores.length) / 10;
  }
  return mean;
}
