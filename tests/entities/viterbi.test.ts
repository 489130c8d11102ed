import { describe, expect, it } from 'vitest';
import { describePiece } from '../../src/stages/6-entities/features.js';
import { allowedEnd, allowedTransition, TAG_COUNT } from '../../src/stages/6-entities/labels.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { loadModel } from '../../src/stages/6-entities/model.js';
import { backward, forward, prepareChain, type Transitions } from '../../src/stages/6-entities/viterbi.js';
import { analysisOf } from './helpers.js';

const T = TAG_COUNT;

/** The textbook walks over every BIOES-allowed pair (first maximum wins): what the decoder must equal exactly. */
function fullWalk(emissions: Float32Array, n: number, trans: Transitions) {
  const alpha = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) alpha[t] = allowedTransition(-1, t) ? trans.start[t] + emissions[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let u = 0; u < T; u++) {
        if (!allowedTransition(u, t)) continue;
        const s = alpha[(i - 1) * T + u] + trans.matrix[u * T + t];
        if (s > best) {
          best = s;
          arg = u;
        }
      }
      alpha[i * T + t] = best + emissions[i * T + t];
      back[i * T + t] = arg;
    }
  }
  const beta = new Float64Array(n * T);
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = allowedEnd(t) ? trans.end[t] : -Infinity;
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let u = 0; u < T; u++) {
        if (!allowedTransition(t, u)) continue;
        best = Math.max(best, trans.matrix[t * T + u] + emissions[(i + 1) * T + u] + beta[(i + 1) * T + u]);
      }
      beta[i * T + t] = best;
    }
  }
  return { alpha: Array.from(alpha), back: Array.from(back), beta: Array.from(beta) };
}

function decoded(emissions: Float32Array, n: number, trans: Transitions) {
  const chain = prepareChain(trans);
  const back = new Int32Array(n * T);
  const alpha = forward(emissions, n, chain, back);
  const beta = backward(emissions, n, chain);
  return { alpha: Array.from(alpha), back: Array.from(back), beta: Array.from(beta) };
}

/** A deterministic pseudo-random generator (xorshift), so a failure reproduces. */
function generator(seed: number) {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

/** Transitions with few distinct values (ties everywhere) or spread ones. */
function randomTransitions(next: () => number, levels: number): Transitions {
  const pick = () => Math.floor(next() * levels) - levels / 2;
  return {
    matrix: Float32Array.from({ length: T * T }, pick),
    start: Float32Array.from({ length: T }, pick),
    end: Float32Array.from({ length: T }, pick),
  };
}

describe('forward and backward (pruned) equal the full walks: scores and back-pointers', () => {
  it.each([
    ['integer scores with many ties', 3, 1],
    ['integer scores with some ties', 9, 2],
    ['spread scores', 1000, 3],
  ])('%s', (_, levels, seed) => {
    const next = generator(seed * 7919);
    for (let round = 0; round < 40; round++) {
      const trans = randomTransitions(next, levels);
      const n = 1 + Math.floor(next() * 30);
      const emissions = Float32Array.from({ length: n * T }, () => Math.floor(next() * levels) - levels / 2);
      expect(decoded(emissions, n, trans)).toEqual(fullWalk(emissions, n, trans));
    }
  });

  it.each(['江西省上饶市科技局局长王建国表示，晶科能源将在上海设立研发中心。', '国务院', '他说。'])(
    'the shipped model on %s',
    (sentence) => {
      const model = loadModel();
      const a = analysisOf(sentence);
      const n = a.text.length;
      const emissions = model.emissions(describePiece(a.text, 0, n, a.tokens, entityLexicons()));
      expect(decoded(emissions, n, model.transitions)).toEqual(fullWalk(emissions, n, model.transitions));
    },
  );
});
