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

/** The allowed neighbours of each tag as flat arrays, so the inner loops read typed arrays only. */
interface Neighbours {
  /** Tag t's neighbours are `tag[j]` for j in [from[t], from[t + 1]). */
  from: Int32Array;
  tag: Int32Array;
  /** Index of the pair in the transition matrix (`prev * T + next`). */
  slot: Int32Array;
}

function neighbours(before: boolean): Neighbours {
  const from = new Int32Array(T + 1);
  const tag: number[] = [];
  const slot: number[] = [];
  for (let t = 0; t < T; t++) {
    for (let u = 0; u < T; u++) {
      if (!(before ? allowedTransition(u, t) : allowedTransition(t, u))) continue;
      tag.push(u);
      slot.push(before ? u * T + t : t * T + u);
    }
    from[t + 1] = tag.length;
  }
  return { from, tag: Int32Array.from(tag), slot: Int32Array.from(slot) };
}
/** For each tag, the tags that may precede it. */
const PREVIOUS = neighbours(true);
/** For each tag, the tags that may follow it. */
const FOLLOWING = neighbours(false);
/** The transition score of each PREVIOUS / FOLLOWING pair, gathered per call (the trainer changes them). */
const previousScores = new Float64Array(PREVIOUS.tag.length);
const followingScores = new Float64Array(FOLLOWING.tag.length);
const CAN_START = Uint8Array.from({ length: T }, (_, t) => (allowedTransition(-1, t) ? 1 : 0));
const CAN_END = Uint8Array.from({ length: T }, (_, t) => (allowedEnd(t) ? 1 : 0));

/**
 * Forward max scores `alpha[i * T + t]` (best prefix ending on tag t at i) and, if `back` is given, back-pointers.
 * `alpha` may be passed in (at least n·T long) to reuse one buffer across calls.
 *
 * @example
 * forward(emissions, 3, transitions) // Float64Array of 3 * TAG_COUNT scores
 */
export function forward(
  emissions: Float32Array | Float64Array,
  n: number,
  trans: Transitions,
  back?: Int32Array,
  alpha: Float64Array = new Float64Array(n * T),
): Float64Array {
  const { from, tag, slot } = PREVIOUS;
  const score = previousScores;
  for (let j = 0; j < slot.length; j++) score[j] = trans.matrix[slot[j]];
  for (let t = 0; t < T; t++) alpha[t] = CAN_START[t] ? trans.start[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let j = from[t], end = from[t + 1]; j < end; j++) {
        const u = tag[j];
        const s = alpha[p + u] + score[j];
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
  const { from: first, tag, slot } = FOLLOWING;
  const score = followingScores;
  for (let j = 0; j < slot.length; j++) score[j] = trans.matrix[slot[j]];
  const o = (to - 1) * T;
  for (let t = 0; t < T; t++) beta[o + t] = to < n ? 0 : CAN_END[t] ? trans.end[t] : -Infinity;
  for (let i = to - 2; i >= from; i--) {
    const here = i * T;
    const next = here + T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let j = first[t], end = first[t + 1]; j < end; j++) {
        const u = tag[j];
        const s = score[j] + emissions[next + u] + beta[next + u];
        if (s > best) best = s;
      }
      beta[here + t] = best;
    }
  }
  return beta;
}
