/**
 * Averaged structured perceptron over the BIOES chain (Collins 2002): decode each training sentence with the
 * current weights, and where the best sequence differs from the gold one, add the gold features and subtract the
 * predicted ones. The returned weights are the average over all steps (kept cheaply with the w − u/c trick).
 */
import { FEATURES_PER_CHAR } from '../../src/stages/6-entities/features.js';
import { MODEL_TYPES, spansToTags, TAG_COUNT, tagType, type ModelType } from '../../src/stages/6-entities/labels.js';
import type { ModelWeights } from '../../src/stages/6-entities/model.js';
import { viterbi, type Transitions } from '../../src/stages/6-entities/viterbi.js';
import type { Example } from './corpus.js';
import { seededRandom, shuffle } from './random.js';

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in the training sentences are dropped. */
  minCount: number;
  /**
   * Types whose mistakes weigh more: at a character whose gold or predicted tag is of one of these types, the
   * update step is `boost` instead of 1 (a cost-sensitive perceptron). Default none.
   */
  boostTypes?: readonly ModelType[];
  boost?: number;
  log?: (line: string) => void;
}

export interface TrainedWeights {
  /** Feature key of each feature row. */
  keys: Uint32Array;
  /** Averaged weights, `[feature * T + tag]`. */
  weights: Float32Array;
  transitions: Transitions;
}

const T = TAG_COUNT;
const F = FEATURES_PER_CHAR;

/**
 * Train on examples (their `keys` and `spans`).
 *
 * @example
 * const trained = trainPerceptron(prepare(sentences, segmenter, lexicons), { epochs: 8, seed: 1, minCount: 2 });
 */
export function trainPerceptron(examples: readonly Example[], options: TrainOptions): TrainedWeights {
  const counts = new Map<number, number>();
  for (const ex of examples) for (const k of ex.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const index = new Map<number, number>();
  const keyList: number[] = [];
  for (const [k, c] of counts) {
    if (c >= options.minCount) {
      index.set(k, keyList.length);
      keyList.push(k);
    }
  }
  counts.clear();
  const rows = examples.map((ex) => Int32Array.from(ex.keys, (k) => index.get(k) ?? -1));
  const gold = examples.map((ex) => spansToTags(ex.text.length, ex.spans));
  options.log?.(`${keyList.length} features kept (seen ≥ ${options.minCount} times)`);

  const size = keyList.length * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const tw = new Float64Array(T * T + 2 * T);
  const tu = new Float64Array(T * T + 2 * T);
  const current: Transitions = { matrix: tw.subarray(0, T * T), start: tw.subarray(T * T, T * T + T), end: tw.subarray(T * T + T) };

  const boost = options.boost ?? 1;
  const boosted = Array.from({ length: T }, (_, t) => t > 0 && (options.boostTypes ?? []).includes(MODEL_TYPES[tagType(t)]));
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  let c = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    for (const e of order) {
      const n = examples[e].text.length;
      if (n === 0) continue;
      const feats = rows[e];
      const emissions = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (let s = i * F; s < i * F + F; s++) {
          const f = feats[s];
          if (f === -1) continue;
          const base = f * T;
          for (let t = 0; t < T; t++) emissions[i * T + t] += w[base + t];
        }
      }
      const pred = viterbi(emissions, n, current);
      const g = gold[e];
      let differs = false;
      for (let i = 0; i < n; i++) {
        if (pred[i] === g[i]) continue;
        differs = true;
        const step = boosted[g[i]] || boosted[pred[i]] ? boost : 1;
        for (let s = i * F; s < i * F + F; s++) {
          const f = feats[s];
          if (f === -1) continue;
          w[f * T + g[i]] += step;
          u[f * T + g[i]] += step * c;
          w[f * T + pred[i]] -= step;
          u[f * T + pred[i]] -= step * c;
        }
      }
      if (differs) {
        wrong++;
        const bump = (slot: number, by: number) => {
          tw[slot] += by;
          tu[slot] += by * c;
        };
        bump(T * T + g[0], 1);
        bump(T * T + pred[0], -1);
        bump(T * T + T + g[n - 1], 1);
        bump(T * T + T + pred[n - 1], -1);
        for (let i = 1; i < n; i++) {
          bump(g[i - 1] * T + g[i], 1);
          bump(pred[i - 1] * T + pred[i], -1);
        }
      }
      c++;
    }
    options.log?.(`epoch ${epoch}: ${wrong} of ${examples.length} sentences decoded wrongly`);
  }

  const weights = new Float32Array(size);
  for (let j = 0; j < size; j++) weights[j] = w[j] - u[j] / c;
  const avgTrans = Float64Array.from(tw, (v, j) => v - tu[j] / c);
  return {
    keys: Uint32Array.from(keyList),
    weights,
    transitions: {
      matrix: Float32Array.from(avgTrans.subarray(0, T * T)),
      start: Float32Array.from(avgTrans.subarray(T * T, T * T + T)),
      end: Float32Array.from(avgTrans.subarray(T * T + T)),
    },
  };
}

/**
 * Keep weights whose magnitude reaches `threshold` and quantise them to int16 with one scale: the sparse form
 * the model file stores. Features left with no weight are dropped.
 *
 * @example
 * const { weights, scale } = pruneAndQuantise(trained, 0.05);
 */
export function pruneAndQuantise(trained: TrainedWeights, threshold: number): { weights: ModelWeights; scale: number } {
  let max = 0;
  for (const v of trained.weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const order = Array.from(trained.keys.keys()).sort((a, b) => trained.keys[a] - trained.keys[b]);
  const keys: number[] = [];
  const offsets: number[] = [0];
  const tags: number[] = [];
  const weights: number[] = [];
  for (const f of order) {
    const before = tags.length;
    for (let t = 0; t < T; t++) {
      const v = trained.weights[f * T + t];
      const q = Math.round(v / scale);
      if (Math.abs(v) < threshold || q === 0) continue;
      tags.push(t);
      weights.push(q);
    }
    if (tags.length === before) continue;
    keys.push(trained.keys[f]);
    offsets.push(tags.length);
  }
  return {
    scale,
    weights: {
      keys: Uint32Array.from(keys),
      offsets: Uint32Array.from(offsets),
      tags: Uint8Array.from(tags),
      weights: Int16Array.from(weights),
      transitions: trained.transitions,
    },
  };
}
