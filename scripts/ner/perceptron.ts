/**
 * Averaged structured perceptron over the BIOES chain (Collins 2002): decode each training sentence with the
 * current weights, and where the best sequence differs from the gold one, add the gold features and subtract the
 * predicted ones. The returned weights are the average over all steps (kept cheaply with the w − u/c trick).
 */
import { FEATURES_PER_CHAR } from '../../src/stages/6-entities/slots.js';
import { MODEL_TYPES, spansToTags, TAG_COUNT, tagType, type ModelType } from '../../src/stages/6-entities/labels.js';
import { MAX_GROUP_ENTRIES, packGroup, type GroupWeight, type ModelWeights } from '../../src/stages/6-entities/model.js';
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
  /** Feature of each weight row, `group · 64 + slot` (listFeatures). */
  keys: Float64Array;
  /** How often each feature occurs in the training sentences. */
  seen: Uint32Array;
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
  const seen: number[] = [];
  for (const [k, c] of counts) {
    if (c >= options.minCount) {
      index.set(k, keyList.length);
      keyList.push(k);
      seen.push(c);
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
    keys: Float64Array.from(keyList),
    seen: Uint32Array.from(seen),
    weights,
    transitions: {
      matrix: Float32Array.from(avgTrans.subarray(0, T * T)),
      start: Float32Array.from(avgTrans.subarray(T * T, T * T + T)),
      end: Float32Array.from(avgTrans.subarray(T * T + T)),
    },
  };
}

/**
 * Keep weights whose magnitude reaches `threshold`, quantise them to int16 with one scale, and group them by the
 * feature group they read (slots.ts): the form the model file stores. Groups left with no weight are dropped; a
 * group over MAX_GROUP_ENTRIES (only possible when hashes collide) keeps its largest weights.
 *
 * @example
 * const { weights, scale } = pruneAndQuantise(trained, 0.05);
 */
export function pruneAndQuantise(trained: TrainedWeights, threshold: number): { weights: ModelWeights; scale: number } {
  let max = 0;
  for (const v of trained.weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  // entries of each group, from its (group, slot) rows
  const byGroup = new Map<number, GroupWeight[]>();
  const frequency = new Map<number, number>();
  trained.keys.forEach((pair, f) => {
    const group = Math.floor(pair / 64);
    frequency.set(group, (frequency.get(group) ?? 0) + trained.seen[f]);
    const slot = pair % 64;
    for (let t = 0; t < T; t++) {
      const v = trained.weights[f * T + t];
      const q = Math.round(v / scale);
      if (Math.abs(v) < threshold || q === 0) continue;
      let list = byGroup.get(group);
      if (!list) byGroup.set(group, (list = []));
      list.push({ slot, tag: t, weight: q });
    }
  });
  // most frequent groups first: their entries sit together (and their table slots are placed first), so the
  // groups most characters look up share cache lines
  const groups = [...byGroup.keys()].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a - b);
  const offsets: number[] = [0];
  const entries: number[] = [];
  for (const group of groups) {
    const list = byGroup.get(group) ?? [];
    let packed = packGroup(list);
    if (packed.length > MAX_GROUP_ENTRIES) {
      const strongest = [...list].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.slot - b.slot || a.tag - b.tag);
      for (let keep = strongest.length - 1; packed.length > MAX_GROUP_ENTRIES; keep--) packed = packGroup(strongest.slice(0, keep));
    }
    for (const e of packed) entries.push(e);
    offsets.push(entries.length);
  }
  return {
    scale,
    weights: {
      groups: Uint32Array.from(groups),
      offsets: Uint32Array.from(offsets),
      entries: Int32Array.from(entries),
      transitions: trained.transitions,
    },
  };
}
