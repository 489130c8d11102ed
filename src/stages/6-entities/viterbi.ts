/**
 * Decoding of the BIOES chain: Viterbi for the best tag sequence and, for confidences, max-marginals (the score of
 * the best sequence forced through a given tag at a given character). Only moves BIOES allows are considered (253
 * of 29 × 29), and of the 15 × 15 moves between "closing" tags (O, E-x, S-x) and "opening" ones (O, B-x, S-x) only
 * those that can still win are walked: a few dozen steps per character instead of 253, with exactly the results
 * of the full walk.
 */
import { allowedEnd, allowedTransition, TAG_COUNT } from './labels.js';

/** Transition scores: `matrix[prev * T + next]`, plus scores for starting and ending on a tag. */
export interface Transitions {
  matrix: Float32Array | Float64Array;
  start: Float32Array | Float64Array;
  end: Float32Array | Float64Array;
}

const T = TAG_COUNT;
const CAN_START = Uint8Array.from({ length: T }, (_, t) => (allowedTransition(-1, t) ? 1 : 0));
const CAN_END = Uint8Array.from({ length: T }, (_, t) => (allowedEnd(t) ? 1 : 0));
/**
 * Tags that close a name or stand outside one (O, E-x, S-x): under BIOES each may be followed by exactly the
 * OPENING tags (O, B-x, S-x), and each OPENING tag preceded by exactly these.
 */
const CLOSING = Int32Array.from({ length: T }, (_, t) => t).filter((t) => allowedTransition(t, 0));
const OPENING = Int32Array.from({ length: T }, (_, t) => t).filter((t) => allowedTransition(CLOSING[0], t));
const C = CLOSING.length;
const O = OPENING.length;
/** Extra room when deciding which moves can win, so rounding in float sums can never drop the best one. */
const SLACK = 1e-9;

/**
 * Transitions prepared for decoding. Prepare again after changing the transitions (the trainer does, per
 * sentence); a model prepares its own once.
 */
export interface Chain {
  transitions: Transitions;
  /** `move[c * O + k]`: the transition from CLOSING[c] to OPENING[k]. */
  move: Float64Array;
  /**
   * `forwardReach[c]`: when CLOSING[c] scores best at a character, how far below it another closing tag may
   * score and still win a move into some opening tag (max over k of the best move into k − c's move into k).
   */
  forwardReach: Float64Array;
  /** `backwardReach[k]`: the same looking back, when OPENING[k] is the best way on. */
  backwardReach: Float64Array;
  /** Per type x, at 4x: B → I, I → I, B → E, I → E. */
  inside: Float64Array;
}

/**
 * Prepare transitions for `forward` and `backward`.
 *
 * @example
 * const chain = prepareChain(model.transitions);
 */
export function prepareChain(transitions: Transitions): Chain {
  const { matrix } = transitions;
  const move = new Float64Array(C * O);
  for (let c = 0; c < C; c++) for (let k = 0; k < O; k++) move[c * O + k] = matrix[CLOSING[c] * T + OPENING[k]];
  const forwardReach = new Float64Array(C);
  const backwardReach = new Float64Array(O);
  for (let k = 0; k < O; k++) {
    let best = -Infinity;
    for (let c = 0; c < C; c++) best = Math.max(best, move[c * O + k]);
    for (let c = 0; c < C; c++) forwardReach[c] = Math.max(forwardReach[c], best - move[c * O + k]);
  }
  for (let c = 0; c < C; c++) {
    let best = -Infinity;
    for (let k = 0; k < O; k++) best = Math.max(best, move[c * O + k]);
    for (let k = 0; k < O; k++) backwardReach[k] = Math.max(backwardReach[k], best - move[c * O + k]);
  }
  const inside = new Float64Array(T - 1);
  for (let b = 1; b < T; b += 4) {
    inside[b - 1] = matrix[b * T + b + 1];
    inside[b] = matrix[(b + 1) * T + b + 1];
    inside[b + 1] = matrix[b * T + b + 2];
    inside[b + 2] = matrix[(b + 1) * T + b + 2];
  }
  return { transitions, move, forwardReach, backwardReach, inside };
}

/** The positions (ascending) that may win at the current character, and their count; reused by every pass. */
const contenders = new Int32Array(Math.max(C, O));
/** Backward: emission + beta of each opening tag at the next character. */
const ahead = new Float64Array(O);

/**
 * Forward max scores `alpha[i * T + t]` (best prefix ending on tag t at i) and, if `back` is given, back-pointers;
 * ties go to the lowest-numbered predecessor. `alpha` may be passed in (at least n·T long) to reuse one buffer.
 *
 * @example
 * forward(emissions, 3, prepareChain(transitions)) // Float64Array of 3 * TAG_COUNT scores
 */
export function forward(
  emissions: Float32Array | Float64Array,
  n: number,
  chain: Chain,
  back?: Int32Array,
  alpha: Float64Array = new Float64Array(n * T),
): Float64Array {
  const { move, forwardReach, inside, transitions } = chain;
  for (let t = 0; t < T; t++) alpha[t] = CAN_START[t] ? transitions.start[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    // closing tags scoring further below the best than its reach lose every move into O, B-x and S-x
    let top = 0;
    for (let c = 1; c < C; c++) if (alpha[p + CLOSING[c]] > alpha[p + CLOSING[top]]) top = c;
    const floor = alpha[p + CLOSING[top]] - forwardReach[top] - SLACK * (1 + Math.abs(alpha[p + CLOSING[top]]));
    let count = 0;
    for (let c = 0; c < C; c++) if (alpha[p + CLOSING[c]] >= floor) contenders[count++] = c;
    for (let k = 0; k < O; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < count; x++) {
        const c = contenders[x];
        const s = alpha[p + CLOSING[c]] + move[c * O + k];
        if (s > best) {
          best = s;
          arg = CLOSING[c];
        }
      }
      alpha[o + OPENING[k]] = best + emissions[o + OPENING[k]];
      if (back) back[o + OPENING[k]] = arg;
    }
    // inside a name: I-x and E-x follow only B-x or I-x
    for (let b = 1; b < T; b += 4) {
      const fromB = alpha[p + b];
      const fromI = alpha[p + b + 1];
      for (let t = b + 1; t <= b + 2; t++) {
        const viaB = fromB + inside[b - 1 + 2 * (t - b - 1)];
        const viaI = fromI + inside[b + 2 * (t - b - 1)];
        alpha[o + t] = (viaI > viaB ? viaI : viaB) + emissions[o + t];
        if (back) back[o + t] = viaI > viaB ? b + 1 : b;
      }
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
export function viterbi(emissions: Float32Array | Float64Array, n: number, transitions: Transitions): Uint8Array {
  if (n === 0) return new Uint8Array(0);
  const back = new Int32Array(n * T);
  return bestPath(forward(emissions, n, prepareChain(transitions), back), back, n, transitions);
}

/**
 * Follow the back-pointers of `forward` from the best final tag.
 *
 * @example
 * const back = new Int32Array(n * TAG_COUNT);
 * bestPath(forward(emissions, n, chain, back), back, n, transitions)
 */
export function bestPath(alpha: Float64Array, back: Int32Array, n: number, transitions: Transitions): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  let best = -Infinity;
  let last = 0;
  const o = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    if (!CAN_END[t]) continue;
    const s = alpha[o + t] + transitions.end[t];
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
 * backward(emissions, 3, prepareChain(transitions))[2 * TAG_COUNT] // transitions.end[0]
 */
export function backward(
  emissions: Float32Array | Float64Array,
  n: number,
  chain: Chain,
  from = 0,
  to = n,
  beta: Float64Array = new Float64Array(n * T),
): Float64Array {
  const { move, backwardReach, inside, transitions } = chain;
  const last = (to - 1) * T;
  for (let t = 0; t < T; t++) beta[last + t] = to < n ? 0 : CAN_END[t] ? transitions.end[t] : -Infinity;
  for (let i = to - 2; i >= from; i--) {
    const here = i * T;
    const next = here + T;
    // opening tags whose way on scores further below the best than its reach lose every move from a closing tag
    let top = 0;
    for (let k = 0; k < O; k++) {
      ahead[k] = emissions[next + OPENING[k]] + beta[next + OPENING[k]];
      if (ahead[k] > ahead[top]) top = k;
    }
    const floor = ahead[top] - backwardReach[top] - SLACK * (1 + Math.abs(ahead[top]));
    let count = 0;
    for (let k = 0; k < O; k++) if (ahead[k] >= floor) contenders[count++] = k;
    for (let c = 0; c < C; c++) {
      let best = -Infinity;
      for (let x = 0; x < count; x++) {
        const u = OPENING[contenders[x]];
        const s = move[c * O + contenders[x]] + emissions[next + u] + beta[next + u];
        if (s > best) best = s;
      }
      beta[here + CLOSING[c]] = best;
    }
    // inside a name: B-x and I-x go on only to I-x or E-x
    for (let b = 1; b < T; b += 4) {
      for (let t = b; t <= b + 1; t++) {
        const viaI = inside[t - 1] + emissions[next + b + 1] + beta[next + b + 1];
        const viaE = inside[t + 1] + emissions[next + b + 2] + beta[next + b + 2];
        beta[here + t] = viaE > viaI ? viaE : viaI;
      }
    }
  }
  return beta;
}
