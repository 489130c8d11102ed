/**
 * Decoding of the BIOES chain: Viterbi for the best tag sequence and, for confidences, max-marginals (the score of
 * the best sequence forced through a given tag at a given character). Only transitions BIOES allows are walked,
 * so a sentence costs O(n · allowed pairs) ≈ n · 250 steps for 29 tags.
 */
import { allowedEnd, allowedTransition, TAG_COUNT } from './labels.js';

/** Transition scores: `matrix[prev * T + next]`, plus scores for starting and ending on a tag. */
export interface Transitions {
  matrix: Float32Array | Float64Array;
  start: Float32Array | Float64Array;
  end: Float32Array | Float64Array;
}

const T = TAG_COUNT;
/** For each tag, the tags that may precede it. */
const PREVIOUS: Int32Array[] = [];
/** For each tag, the tags that may follow it. */
const FOLLOWING: Int32Array[] = [];
for (let t = 0; t < T; t++) {
  const before: number[] = [];
  const after: number[] = [];
  for (let u = 0; u < T; u++) {
    if (allowedTransition(u, t)) before.push(u);
    if (allowedTransition(t, u)) after.push(u);
  }
  PREVIOUS.push(Int32Array.from(before));
  FOLLOWING.push(Int32Array.from(after));
}
const CAN_START = Uint8Array.from({ length: T }, (_, t) => (allowedTransition(-1, t) ? 1 : 0));
const CAN_END = Uint8Array.from({ length: T }, (_, t) => (allowedEnd(t) ? 1 : 0));

/**
 * Forward max scores `alpha[i * T + t]` (best prefix ending on tag t at i) and, if `back` is given, back-pointers.
 *
 * @example
 * forward(emissions, 3, transitions) // Float64Array of 3 * TAG_COUNT scores
 */
export function forward(
  emissions: Float32Array | Float64Array,
  n: number,
  trans: Transitions,
  back?: Int32Array,
): Float64Array {
  const alpha = new Float64Array(n * T);
  for (let t = 0; t < T; t++) alpha[t] = CAN_START[t] ? trans.start[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    for (let t = 0; t < T; t++) {
      const prev = PREVIOUS[t];
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < prev.length; j++) {
        const u = prev[j];
        const s = alpha[p + u] + trans.matrix[u * T + t];
        if (s > best) {
          best = s;
          arg = u;
        }
      }
      alpha[o + t] = best + emissions[o + t];
      if (back) back[o + t] = arg;
    }
  }
  return alpha;
}

/**
 * The best tag sequence for `n` characters given per-character tag scores `emissions[i * T + t]`.
 *
 * @example
 * viterbi(emissions, 2, transitions) // Uint8Array [4, 0]: S-company then O
 */
export function viterbi(emissions: Float32Array | Float64Array, n: number, trans: Transitions): Uint8Array {
  if (n === 0) return new Uint8Array(0);
  const back = new Int32Array(n * T);
  return bestPath(forward(emissions, n, trans, back), back, n, trans);
}

/**
 * Follow the back-pointers of `forward` from the best final tag.
 *
 * @example
 * const back = new Int32Array(n * TAG_COUNT);
 * bestPath(forward(emissions, n, transitions, back), back, n, transitions)
 */
export function bestPath(alpha: Float64Array, back: Int32Array, n: number, trans: Transitions): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  let best = -Infinity;
  let last = 0;
  const o = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!CAN_END[t]) continue;
    const s = alpha[o + t] + trans.end[t];
    if (s > best) {
      best = s;
      last = t;
    }
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}

/**
 * Backward max scores `beta[i * T + t]`: the best way to finish the sentence after tag t at i, for i in
 * [from, to). When `to` < n the sentence beyond is not looked at (every tag may continue, at no score): the
 * cheap local view that confidences need around one span.
 *
 * @example
 * backward(emissions, 3, transitions)[2 * TAG_COUNT] // transitions.end[0]
 */
export function backward(
  emissions: Float32Array | Float64Array,
  n: number,
  trans: Transitions,
  from = 0,
  to = n,
  beta: Float64Array = new Float64Array(n * T),
): Float64Array {
  const o = (to - 1) * T;
  for (let t = 0; t < T; t++) beta[o + t] = to < n ? 0 : CAN_END[t] ? trans.end[t] : -Infinity;
  for (let i = to - 2; i >= from; i--) {
    const here = i * T;
    const next = here + T;
    for (let t = 0; t < T; t++) {
      const follow = FOLLOWING[t];
      let best = -Infinity;
      for (let j = 0; j < follow.length; j++) {
        const u = follow[j];
        const s = trans.matrix[t * T + u] + emissions[next + u] + beta[next + u];
        if (s > best) best = s;
      }
      beta[here + t] = best;
    }
  }
  return beta;
}
