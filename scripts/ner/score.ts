/** Exact-match precision / recall / F1 per entity type (a span counts only with the same start, end and type). */
import type { TypedSpan } from '../../src/stages/6-entities/labels.js';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

/**
 * Add one sentence's gold and predicted spans into per-type counts.
 *
 * @example
 * const counts = new Map(); tally(counts, gold, predicted); f1(counts.get('company'))
 */
export function tally(counts: Map<string, Counts>, gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): void {
  const entry = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  const keys = new Set(gold.map((s) => `${s.type}:${s.start}:${s.end}`));
  for (const s of gold) entry(s.type).gold++;
  for (const s of predicted) {
    const c = entry(s.type);
    c.predicted++;
    if (keys.has(`${s.type}:${s.start}:${s.end}`)) c.correct++;
  }
}

/**
 * Precision, recall and F1 (0–100) of counts.
 *
 * @example
 * prf({ gold: 10, predicted: 8, correct: 6 }) // { p: 75, r: 60, f: 66.7 }
 */
export function prf(c: Counts | undefined): { p: number; r: number; f: number } {
  if (!c) return { p: 0, r: 0, f: 0 };
  const p = c.predicted ? (100 * c.correct) / c.predicted : 0;
  const r = c.gold ? (100 * c.correct) / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p: round(p), r: round(r), f: round(f) };
}

/** Sum of all types' counts (micro average). */
export function total(counts: Map<string, Counts>): Counts {
  const sum = { gold: 0, predicted: 0, correct: 0 };
  for (const c of counts.values()) {
    sum.gold += c.gold;
    sum.predicted += c.predicted;
    sum.correct += c.correct;
  }
  return sum;
}
