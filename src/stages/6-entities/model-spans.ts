/** Run the sequence model over a stretch of text: features → tag scores → Viterbi → typed spans with confidence. */
import type { TokenRange } from '../3-segment/index.js';
import { describePiece } from './features.js';
import type { EntityLexicons } from './lexicons.js';
import { TAG_COUNT, tagsToSpans, type ModelType, type TypedSpan } from './labels.js';
import type { NerModel } from './model.js';
import { Scratch } from './scratch.js';
import { backward, bestPath, forward } from './viterbi.js';

export interface ScoredSpan extends TypedSpan {
  /** In [0, 1]: calibrated from how far the best labelling beats the best one that differs on this span. */
  confidence: number;
  /** Best score minus the best score of a labelling that differs on the span (what confidence is fitted on). */
  margin: number;
}

/** Longest piece decoded at once; longer sentences (scraped text without punctuation) are cut. */
const MAX_PIECE = 400;
/** How far past a span the backward pass looks when scoring its confidence. */
const LOOK_PAST = 6;

/**
 * Entity spans the model finds in text[from, to), positioned in `text`. Deterministic, linear in the length.
 * With `types`, only spans of those types are returned (and only theirs pay for a confidence); spans of the
 * `bare` types come too, with confidence and margin 0, for callers that need only where they are.
 *
 * @example
 * modelSpans(loadModel(), entityLexicons(), '上饶市科技局推荐', 0, 8, tokens)
 * // [{ start: 0, end: 6, type: 'government', confidence: 0.97 }]
 */
export function modelSpans(
  model: NerModel,
  lexicons: EntityLexicons,
  text: string,
  from: number,
  to: number,
  tokens: readonly TokenRange[],
  types?: ReadonlySet<ModelType>,
  bare?: ReadonlySet<ModelType>,
): ScoredSpan[] {
  const read = lexiconsOf(model, lexicons);
  const out: ScoredSpan[] = [];
  let t = 0;
  for (let start = from; start < to; ) {
    const end = pieceEnd(text, start, to);
    while (t < tokens.length && tokens[t].end <= start) t++;
    let u = t;
    while (u < tokens.length && tokens[u].start < end) u++;
    decodePiece({ model, lexicons: read, text, types, bare, out }, start, end, tokens.slice(t, u));
    start = end;
  }
  return out;
}

/**
 * The lexicons as `model` reads them: with the entity lexicon it was trained with, whatever the caller's holds
 * (the same object when they already agree, so a caller that decodes many sentences can make it once).
 *
 * @example
 * lexiconsOf(loadModel(), entityLexicons()).entities === loadModel().entities // true
 */
export function lexiconsOf(model: NerModel, lexicons: EntityLexicons): EntityLexicons {
  return model.entities === lexicons.entities ? lexicons : { ...lexicons, entities: model.entities };
}

function pieceEnd(text: string, start: number, to: number): number {
  if (to - start <= MAX_PIECE) return to;
  const limit = start + MAX_PIECE;
  for (let i = limit; i > start + MAX_PIECE / 2; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2c || c === 0x3001 || c === 0x20 || c === 0x3b || c === 0x3002) return i; // , 、 space ; 。
  }
  return limit;
}

/** What every piece of one stretch is decoded with, and where its spans go. */
interface Decoding {
  model: NerModel;
  lexicons: EntityLexicons;
  text: string;
  types: ReadonlySet<ModelType> | undefined;
  bare: ReadonlySet<ModelType> | undefined;
  out: ScoredSpan[];
}

/** Decoding buffers, reused from piece to piece (decoding is synchronous). */
const buffers = {
  emissions: new Scratch((n) => new Float32Array(n)),
  alpha: new Scratch((n) => new Float64Array(n)),
  beta: new Scratch((n) => new Float64Array(n)),
  back: new Scratch((n) => new Int32Array(n)),
};

function decodePiece({ model, lexicons, text, types, bare, out }: Decoding, from: number, to: number, tokens: readonly TokenRange[]): void {
  const n = to - from;
  const T = TAG_COUNT;
  const emissions = model.emissions(describePiece(text, from, to, tokens, lexicons), buffers.emissions.get(n * T));
  const back = buffers.back.get(n * T);
  const alpha = forward(emissions, n, model.chain, back, buffers.alpha.get(n * T));
  const tags = bestPath(alpha, back, n, model.transitions);
  const spans = tagsToSpans(tags);
  if (spans.length === 0) return;
  const beta = buffers.beta.get(n * T);
  const { a, b } = model.header.calibration;
  for (const span of spans) {
    if (bare?.has(span.type)) {
      out.push({ start: from + span.start, end: from + span.end, type: span.type, confidence: 0, margin: 0 });
      continue;
    }
    if (types && !types.has(span.type)) continue;
    // the best labelling that differs on the span or at its edges, looking a few characters past it
    const first = Math.max(0, span.start - 1);
    const last = Math.min(n - 1, span.end);
    backward(emissions, n, model.chain, first, Math.min(n, last + 1 + LOOK_PAST), beta);
    let best = -Infinity;
    let rival = -Infinity;
    for (let i = first; i <= last; i++) {
      for (let t = 0; t < T; t++) {
        const s = alpha[i * T + t] + beta[i * T + t];
        if (t === tags[i]) best = Math.max(best, s);
        else rival = Math.max(rival, s);
      }
    }
    const margin = best - rival;
    const confidence = 1 / (1 + Math.exp(-(a * margin + b)));
    out.push({
      start: from + span.start,
      end: from + span.end,
      type: span.type,
      confidence: Math.round(confidence * 1000) / 1000,
      margin,
    });
  }
}
