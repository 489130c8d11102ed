import type { Analysis, FigureDraft, SummaryDraft } from '../../doc/analysis.js';
import type { FigureKind } from '../../types.js';
import { rangeAt } from '../../doc/range-search.js';

/** How much a figure of each kind tells a reader of the story; tune here. Dates and ordinals rarely matter. */
export const FIGURE_KIND_WEIGHT: Record<FigureKind, number> = {
  money: 3,
  percent: 3,
  'percentage-points': 3,
  count: 2,
  measure: 2,
  range: 2,
  number: 1,
  duration: 1,
  ordinal: 0.3,
  date: 0.2,
};
const SUBJECT_BONUS = 1.5;
const LEDE_BONUS = 0.5;
/** Larger quantities tell more (1000余名人才 over 8家企业): up to this much, by order of magnitude. */
const MAGNITUDE_BONUS = 0.1;
const MAX_MAGNITUDE_BONUS = 1;
const MAX_KEY_FIGURES = 8;
const MIN_WEIGHT = 1;

/**
 * The most informative figures, best first: money, percentages and counts of a named subject before bare numbers,
 * dates and ordinals; each with its subject and the sentence that states it. The same value, unit and subject
 * is given once.
 *
 * @example
 * pickKeyFigures(analysis)[0] // { start, end, value: 20000000, unit: 'CNY', subject: '成交额', sentence: '…' }
 */
export function pickKeyFigures(analysis: Analysis): SummaryDraft['keyFigures'] {
  const { text, layout } = analysis;
  const lede = layout.paragraphs.findIndex((p) => p.role === 'body');
  const sentenceOf = (f: FigureDraft) => layout.sentences[rangeAt(layout.sentences, f.start)];
  const scored = analysis.figures.map((f, order) => {
    const sentence = sentenceOf(f);
    let weight = FIGURE_KIND_WEIGHT[f.kind] ?? 1;
    if (f.subject) weight += SUBJECT_BONUS;
    if (sentence?.paragraph === lede) weight += LEDE_BONUS;
    if (typeof f.value === 'number' && f.kind !== 'date' && f.kind !== 'ordinal') {
      weight += Math.min(MAX_MAGNITUDE_BONUS, MAGNITUDE_BONUS * Math.log10(1 + Math.abs(f.value)));
    }
    return { f, sentence, weight, order };
  });
  const seen = new Set<string>();
  return scored
    .filter((s) => s.weight >= MIN_WEIGHT)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .filter(({ f }) => {
      // the same quantity said twice (120亿元 and １２０亿) is one key figure
      const key = `${f.value}|${f.unit ?? ''}|${f.subject ?? ''}`;
      return !seen.has(key) && seen.add(key);
    })
    .slice(0, MAX_KEY_FIGURES)
    .map(({ f, sentence }) => ({
      start: f.start,
      end: f.end,
      value: f.value,
      unit: f.unit ?? null,
      subject: f.subject ?? null,
      sentence: sentence ? text.slice(sentence.start, sentence.end) : '',
    }));
}
