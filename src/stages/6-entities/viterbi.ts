/**
 * Decoding of the BIOES chain: Viterbi for the best tag sequence and, for confidences, max-marginals (the score of
 * the best sequence forced through a given tag at a given character). Only transitions BIOES allows are walked
 * (253 of 29 × 29), and the forward pass skips the predecessors that cannot win: a few dozen steps per character.
 */
import { allowedEnd, allowedTransition, TAG_COUNT } from './labels.js';

/** Transition scores: `matrix[prev * T + next]`, plus scores for starting and ending on a tag. */
export interface Transitions {
  matrix: Float32Array | Float64Array;
  start: Float32Array | Float64Array;
  end: Float32Array | Float64Array;
}

const T = TAG_COUNT;

/** The allowed followers of each tag as flat arrays, so the inner loops read typed arrays only. */
interface Neighbours {
  /** Tag t's followers are `tag[j]` for j in [from[t], from[t + 1]). */
  from: Int32Array;
  tag: Int32Array;
  /** Index of the pair in the transition matrix (`prev * T + next`). */
  slot: Int32Array;
}

function followers(): Neighbours {
  const from = new Int32Array(T + 1);
  const tag: number[] = [];
  const slot: number[] = [];
  for (let t = 0; t < T; t++) {
    for (let u = 0; u < T; u++) {
      if (!allowedTransition(t, u)) continue;
      tag.push(u);
      slot.push(t * T + u);
    }
    from[t + 1] = tag.length;
  }
  return { from, tag: Int32Array.from(tag), slot: Int32Array.from(slot) };
}
/** For each tag, the tags that may follow it. */
const FOLLOWING = followers();
/** The transition score of each FOLLOWING pair, gathered per call (the trainer changes them). */
const followingScores = new Float64Array(FOLLOWING.tag.length);
const CAN_START = Uint8Array.from({ length: T }, (_, t) => (allowedTransition(-1, t) ? 1 : 0));
const CAN_END = Uint8Array.from({ length: T }, (_, t) => (allowedEnd(t) ? 1 : 0));

/**
 * Tags that close a name or stand outside one (O, E-x, S-x): under BIOES every tag that may start a name or stay
 * outside (O, B-x, S-x) may follow exactly these, and only these.
 */
const CLOSING = Int32Array.from({ length: T }, (_, t) => t).filter((t) => allowedTransition(t, 0));
/** The tags CLOSING may be followed by (O, B-x, S-x). */
const OPENING = Int32Array.from({ length: T }, (_, t) => t).filter((t) => allowedTransition(CLOSING[0], t));
const C = CLOSING.length;
/** Per call: `closingScore[k * C + c]`, the transition from CLOSING[c] to OPENING[k]. */
const closingScore = new Float64Array(OPENING.length * C);
/**
 * Per call: `reach[c]`, how far below the best closing tag's score another closing tag may be and still win some
 * move into an opening tag when CLOSING[c] is the best: max over k of (best transition into k − c's transition).
 */
const reach = new Float64Array(C);
/** Per call, per type: the B → I, I → I, B → E and I → E transition scores. */
const insideScore = new Float64Array(((T - 1) / 4) * 4);
/** The closing tags (CLOSING positions, ascending) that may win at the current character. */
const contenders = new Int32Array(C);

/**
 * Forward max scores `alpha[i * T + t]` (best prefix ending on tag t at i) and, if `back` is given, back-pointers.
 * `alpha` may be passed in (at least n·T long) to reuse one buffer across calls.
 *
 * The 15 × 15 moves into O, B-x and S-x are most of the work, so only the closing tags scoring close enough to
 * the best one to win any of them are walked (usually a few). The result is exactly what the full walk gives,
 * ties included (the lowest-numbered predecessor wins).
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
  for (let b = 1; b < T; b += 4) {
    const at = ((b - 1) >> 2) * 4;
    insideScore[at] = trans.matrix[b * T + b + 1]; // B → I
    insideScore[at + 1] = trans.matrix[(b + 1) * T + b + 1]; // I → I
    insideScore[at + 2] = trans.matrix[b * T + b + 2]; // B → E
    insideScore[at + 3] = trans.matrix[(b + 1) * T + b + 2]; // I → E
  }
  for (let c = 0; c < C; c++) reach[c] = 0;
  for (let k = 0; k < OPENING.length; k++) {
    let top = -Infinity;
    for (let c = 0; c < C; c++) {
      closingScore[k * C + c] = trans.matrix[CLOSING[c] * T + OPENING[k]];
      top = Math.max(top, closingScore[k * C + c]);
    }
    for (let c = 0; c < C; c++) reach[c] = Math.max(reach[c], top - closingScore[k * C + c]);
  }
  for (let t = 0; t < T; t++) alpha[t] = CAN_START[t] ? trans.start[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    const p = o - T;
    // a closing tag further below the best than `reach` allows loses every move into O, B-x and S-x
    let top = 0;
    for (let c = 1; c < C; c++) if (alpha[p + CLOSING[c]] > alpha[p + CLOSING[top]]) top = c;
    const floor = alpha[p + CLOSING[top]] - reach[top];
    let count = 0;
    for (let c = 0; c < C; c++) if (alpha[p + CLOSING[c]] >= floor) contenders[count++] = c;
    for (let k = 0; k < OPENING.length; k++) {
      let best = -Infinity;
      let arg = 0;
      for (let x = 0; x < count; x++) {
        const c = contenders[x];
        const s = alpha[p + CLOSING[c]] + closingScore[k * C + c];
        if (s > best) {
          best = s;
          arg = CLOSING[c];
        }
      }
      alpha[o + OPENING[k]] = best + emissions[o + OPENING[k]];
      if (back) back[o + OPENING[k]] = arg;
    }
    // inside a name: I-x and E-x follow only B-x or I-x (ties go to B-x, the lower tag, as in a full walk)
    for (let b = 1; b < T; b += 4) {
      const fromB = alpha[p + b];
      const fromI = alpha[p + b + 1];
      for (let t = b + 1; t <= b + 2; t++) {
        const viaB = fromB + insideScore[(t - b - 1) * 2 + ((b - 1) >> 2) * 4];
        const viaI = fromI + insideScore[(t - b - 1) * 2 + ((b - 1) >> 2) * 4 + 1];
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
