/**
 * The augmentation options shared by the training and cross-validation commands, so both default to the shipped
 * setting: `--augment TYPES` (comma-separated, `none` for no augmentation), `--copies N`, `--rate X`.
 */
import { MODEL_TYPES, type ModelType } from '../../src/stages/6-entities/labels.js';
import type { AugmentOptions } from './augment.js';

/** parseArgs option specs, with the shipped defaults. */
export const AUGMENT_ARGS = {
  augment: { type: 'string', default: 'name,government' },
  copies: { type: 'string', default: '1' },
  rate: { type: 'string', default: '0.5' },
} as const;

/**
 * Augmentation options from parsed arguments, seeded from the training seed.
 *
 * @example
 * augmentOptions({ augment: 'name', copies: '2', rate: '0.5' }, 1) // { types: ['name'], copies: 2, rate: 0.5, seed: 1 }
 */
export function augmentOptions(values: { augment: string; copies: string; rate: string }, seed: number): AugmentOptions {
  const types = values.augment === 'none' ? [] : values.augment.split(',').map((t) => t.trim());
  for (const t of types) {
    if (!(MODEL_TYPES as readonly string[]).includes(t)) throw new Error(`--augment: unknown type ${t} (known: ${MODEL_TYPES.join(', ')})`);
  }
  return { types: types as ModelType[], copies: Number(values.copies), rate: Number(values.rate), seed };
}
