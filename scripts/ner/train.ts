/**
 * The whole training run as a function (the CLI in scripts/train-ner.ts and the smoke test call it): read the
 * labelled JSONL, train the perceptron on the train split, prune and quantise, fit the confidence calibration on
 * the held-out split, and return the model file's bytes.
 */
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { FEATURES_PER_CHAR, SLOT_COUNT } from '../../src/stages/6-entities/slots.js';
import { encodeEntityLexicon } from '../../src/stages/6-entities/entity-lexicon.js';
import { MODEL_TYPES, TAG_COUNT, type ModelType } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel, serializeModel, type ModelHeader, type ModelWeights } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { augmentExamples, type AugmentOptions } from './augment.js';
import { fitCalibration } from './calibrate.js';
import { prepare, readJsonl } from './corpus.js';
import { jackknifedLexicons, lexiconPart, withEntityLexicon, type EntityLexiconOptions } from './entity-lexicon.js';
import { pruneAndQuantise, trainPerceptron } from './perceptron.js';

export interface TrainModelOptions {
  data: string;
  epochs: number;
  seed: number;
  minCount: number;
  /** Averaged weights smaller than this are dropped. */
  prune: number;
  /** Use only the first N sentences (smoke tests). */
  limit?: number;
  /** Mention-replacement augmentation of the train split (none when absent). */
  augment?: AugmentOptions;
  /** Types whose update steps are `boost` times larger (see TrainOptions). */
  boostTypes?: readonly ModelType[];
  boost?: number;
  /** The jackknifed typed entity lexicon, from the train split only (none when absent). */
  entityLexicon?: EntityLexiconOptions;
  log?: (line: string) => void;
}

/**
 * Train a model file from labelled JSONL.
 *
 * @example
 * const { bytes } = trainModel({ data: 'my.jsonl', epochs: 10, seed: 1, minCount: 2, prune: 0.02 });
 */
export function trainModel(options: TrainModelOptions): { bytes: Uint8Array; header: ModelHeader } {
  const log = options.log ?? (() => {});
  const read = readJsonl(options.data);
  const sentences = options.limit ? read.sentences.slice(0, options.limit) : read.sentences;
  log(`${sentences.length} sentences (${read.skipped} skipped: normalisation changed their length)`);
  if (read.unknownTypes.size) log(`ignored labels of unknown types: ${[...read.unknownTypes].join(', ')}`);
  const lexicons = entityLexicons();
  const segmenter = nodejiebaSegmenter();
  const examples = prepare(sentences, segmenter, lexicons);
  const train = examples.filter((e) => !e.heldOut);
  const heldOut = examples.filter((e) => e.heldOut);
  // copies made from the train split only: no held-out mention ever enters training
  const augmented = options.augment ? augmentExamples(train, segmenter, lexicons, options.augment) : [];
  log(`train ${train.length} (+${augmented.length} augmented), held out ${heldOut.length}`);
  let trainingExamples = [...train, ...augmented];
  const lexiconOptions = options.entityLexicon;
  // from the train split only: held-out sentences are read (for calibration) with the lexicon of the train split
  const jackknifed = lexiconOptions ? jackknifedLexicons(train, lexiconOptions) : null;
  if (jackknifed && lexiconOptions) {
    trainingExamples = withEntityLexicon(trainingExamples, lexicons, (e) => jackknifed.parts[lexiconPart(e.hash, lexiconOptions.parts)]);
    log(`entity lexicon of ${jackknifed.entries.length} strings, jackknifed over ${lexiconOptions.parts} parts`);
  }

  const trained = trainPerceptron(trainingExamples, {
    epochs: options.epochs,
    seed: options.seed,
    minCount: options.minCount,
    boostTypes: options.boostTypes,
    boost: options.boost,
    log,
  });
  const { weights, scale } = pruneAndQuantise(trained, options.prune);
  log(`kept ${weights.groups.length} feature groups, ${weights.entries.length} weights`);
  const header = modelHeader(weights, scale, {
    data: options.data.replace(/^.*[\\/]/, ''),
    sentences: train.length,
    heldOut: `${heldOut.length} sentences: FNV-1a(line) % 10 === 0`,
    epochs: options.epochs,
    seed: options.seed,
    minCount: options.minCount,
    prune: options.prune,
    boost: options.boostTypes?.length ? `${options.boostTypes.join(',')} ×${options.boost ?? 1}` : 'none',
    augment: options.augment ? `${options.augment.types.join(',')} ×${options.augment.copies} rate ${options.augment.rate}` : 'none',
    entityLexicon: lexiconOptions ? `${lexiconOptions.parts} parts, min count ${lexiconOptions.minCount ?? 1}` : 'none',
  });
  if (jackknifed) header.entityLexicon = encodeEntityLexicon(jackknifed.entries);

  // calibrate confidences on the held-out split with the exact model that ships
  const uncalibrated = parseModel(serializeModel(header, weights));
  const samples: { margin: number; correct: boolean }[] = [];
  for (const ex of heldOut) {
    const gold = new Set(ex.spans.map((s) => `${s.type}:${s.start}:${s.end}`));
    for (const s of modelSpans(uncalibrated, lexicons, ex.text, 0, ex.text.length, ex.tokens)) {
      samples.push({ margin: s.margin, correct: gold.has(`${s.type}:${s.start}:${s.end}`) });
    }
  }
  header.calibration = fitCalibration(samples);
  log(`calibration on ${samples.length} held-out spans: a=${header.calibration.a.toFixed(4)} b=${header.calibration.b.toFixed(4)}`);
  return { bytes: serializeModel(header, weights), header };
}

/**
 * The header of a model file for pruned, quantised weights, with confidences not yet calibrated.
 *
 * @example
 * const header = modelHeader(weights, scale, { seed: 1 });
 */
export function modelHeader(weights: ModelWeights, scale: number, training: ModelHeader['training']): ModelHeader {
  return {
    types: [...MODEL_TYPES],
    tagCount: TAG_COUNT,
    featuresPerChar: FEATURES_PER_CHAR,
    slots: SLOT_COUNT,
    scale,
    groups: weights.groups.length,
    entries: weights.entries.length,
    calibration: { a: 1, b: 0 },
    training,
  };
}
