import type { Analysis, EntityDraft } from '../../src/doc/analysis.js';
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
