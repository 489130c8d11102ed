/**
 * Scoring what analyze() reports against CLUENER labels: zhnews' person is CLUENER's name; address and the
 * book/game/movie/scene types are not reported by zhnews and not scored. Shared by eval:entities (held-out split)
 * and cv:entities (folds of the training split).
 */
import type { Analyzer } from '../../src/analyzer.js';
import type { ModelType, TypedSpan } from '../../src/stages/6-entities/labels.js';
import type { EntityType } from '../../src/types.js';
import type { LabelledSentence } from './corpus.js';
import { tally, type Counts } from './score.js';

/** zhnews entity type → the CLUENER type it is scored against. */
const SCORED: Partial<Record<EntityType, ModelType>> = {
  company: 'company',
  organization: 'organization',
  government: 'government',
  person: 'name',
  position: 'position',
};

/** The CLUENER types scored, in the order reports print them. */
export const SCORED_TYPES: readonly ModelType[] = Object.values(SCORED);

/**
 * Exact-match counts per CLUENER type of the entities `analyzer` reports for each sentence.
 *
 * @example
 * prf(total(pipelineCounts(createAnalyzer(), heldOutSentences))).f // e.g. 74.2
 */
export function pipelineCounts(analyzer: Analyzer, sentences: readonly LabelledSentence[]): Map<string, Counts> {
  const scored = new Set(SCORED_TYPES);
  const counts = new Map<string, Counts>();
  for (const sentence of sentences) {
    const predicted: TypedSpan[] = [];
    for (const e of analyzer.analyze(sentence.text).entities) {
      const type = SCORED[e.type];
      if (type) predicted.push({ start: e.start, end: e.end, type });
    }
    tally(counts, sentence.spans.filter((s) => scored.has(s.type)), predicted);
  }
  return counts;
}
