import type { Analysis, EntityDraft } from '../../src/doc/analysis.js';
import { FEATURES_PER_CHAR } from '../../src/stages/6-entities/features.js';
import { TAG_COUNT } from '../../src/stages/6-entities/labels.js';
import type { NerModel } from '../../src/stages/6-entities/model.js';
import { normalize } from '../../src/stages/1-normalize/index.js';
import { readArticle } from '../../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';

/** Stages 1–3 of a text, with optional place drafts standing in for stage 5 (given by their text). */
export function analysisOf(input: string, places: { text: string; name?: string }[] = []): Analysis {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const entities: EntityDraft[] = [];
  for (const p of places) {
    for (let at = text.indexOf(p.text); at !== -1; at = text.indexOf(p.text, at + 1)) {
      entities.push({ type: 'place', start: at, end: at + p.text.length, name: p.name ?? p.text, source: 'gazetteer' });
    }
  }
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities, summary: null };
  analysis.tokens = segment(text, layout.sentences, nodejiebaSegmenter());
  return analysis;
}

/**
 * Per-character tag scores as the trainer sees them: every listed (group, slot) feature's weights added one by one
 * — what the model's grouped look-ups (`emissions`) must add up to.
 */
export function listedScores(model: NerModel, listed: ArrayLike<number>, n: number): Float64Array {
  const expected = new Float64Array(n * TAG_COUNT);
  for (let k = 0; k < n; k++) {
    for (let f = 0; f < FEATURES_PER_CHAR; f++) {
      const pair = listed[k * FEATURES_PER_CHAR + f];
      const scores = model.featureScores(Math.floor(pair / 64), pair % 64);
      for (let t = 0; t < TAG_COUNT; t++) expected[k * TAG_COUNT + t] += scores[t];
    }
  }
  return expected;
}
