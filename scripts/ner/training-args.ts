/**
 * The training options shared by the training and cross-validation commands, so both default to the shipped
 * setting: mention-replacement augmentation (`--augment TYPES`, comma-separated or `none`; `--copies N`;
 * `--rate X`), larger update steps for some types (`--boost TYPES`, `none`; `--boost-by X`) and the jackknifed
 * typed entity lexicon (`--lexicon-parts N`, 0 for none; `--lexicon-min-count N`).
 */
import { MODEL_TYPES, type ModelType } from '../../src/stages/6-entities/labels.js';
import type { AugmentOptions } from './augment.js';
import type { EntityLexiconOptions } from './entity-lexicon.js';

/** parseArgs option specs, with the shipped defaults. */
export const TRAINING_ARGS = {
  augment: { type: 'string', default: 'name' },
  copies: { type: 'string', default: '1' },
  rate: { type: 'string', default: '0.5' },
  boost: { type: 'string', default: 'none' },
  'boost-by': { type: 'string', default: '1.5' },
  'lexicon-parts': { type: 'string', default: '5' },
  'lexicon-min-count': { type: 'string', default: '1' },
} as const;

interface TrainingValues {
  augment: string;
  copies: string;
  rate: string;
  boost: string;
  'boost-by': string;
  'lexicon-parts': string;
  'lexicon-min-count': string;
}

/**
 * Augmentation options from parsed arguments, seeded from the training seed.
 *
 * @example
 * augmentOptions({ ...values, augment: 'name', copies: '2', rate: '0.5' }, 1) // { types: ['name'], copies: 2, rate: 0.5, seed: 1 }
 */
export function augmentOptions(values: TrainingValues, seed: number): AugmentOptions {
  return { types: typeList(values.augment, '--augment'), copies: Number(values.copies), rate: Number(values.rate), seed };
}

/**
 * Update-boost options from parsed arguments.
 *
 * @example
 * boostOptions({ ...values, boost: 'name', 'boost-by': '2' }) // { boostTypes: ['name'], boost: 2 }
 */
export function boostOptions(values: TrainingValues): { boostTypes: ModelType[]; boost: number } {
  return { boostTypes: typeList(values.boost, '--boost'), boost: Number(values['boost-by']) };
}

/**
 * Entity-lexicon options from parsed arguments: `--lexicon-parts N` jackknife parts (0: no lexicon),
 * `--lexicon-min-count N` times a string must be labelled as its type to enter it.
 *
 * @example
 * entityLexiconOptions({ ...values, 'lexicon-parts': '5', 'lexicon-min-count': '1' }) // { parts: 5, minCount: 1 }
 */
export function entityLexiconOptions(values: TrainingValues): EntityLexiconOptions | undefined {
  const parts = Number(values['lexicon-parts']);
  return parts > 0 ? { parts, minCount: Number(values['lexicon-min-count']) } : undefined;
}

/** Model types from a comma-separated list (`none`: no types); unknown names are an error. */
function typeList(list: string, option: string): ModelType[] {
  const types = list === 'none' ? [] : list.split(',').map((t) => t.trim());
  for (const t of types) {
    if (!(MODEL_TYPES as readonly string[]).includes(t)) throw new Error(`${option}: unknown type ${t} (known: ${MODEL_TYPES.join(', ')})`);
  }
  return types as ModelType[];
}
