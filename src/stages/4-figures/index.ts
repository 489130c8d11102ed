/**
 * Stage 4 — figures. Needs: normalised `text`, `tokens`, `layout` (boilerplate, meta.publishedAt). Adds:
 * `figures` (numbers, percentages, money, counts, measures, ordinals, dates, durations and ranges, resolved to
 * exact values and tied to what they measure).
 */
import type { Analysis, FigureDraft } from '../../doc/analysis.js';
import { scanText } from './commas.js';
import { inferCurrency } from './implicit-currency.js';
import { scanFigures } from './scan.js';
import { attachSubjects } from './subject.js';

export { recognize, type RecognizeKind, type RecognizeOptions, type Recognized } from './recognize.js';

/**
 * The figures of an analysed article, in document order (page boilerplate left out).
 *
 * @example
 * findFigures(analysis) // [{ kind: 'count', value: 8, unit: '家', subject: '企业', start, end }, ...]
 */
export function findFigures(analysis: Analysis): FigureDraft[] {
  const text = scanText(analysis.text, analysis.input, analysis.map);
  const found = scanFigures(text, analysis.layout.meta.publishedAt);
  const kept = found.filter((f) => !analysis.layout.boilerplate.some((b) => f.start < b.end && b.start < f.end));
  inferCurrency(text, kept);
  attachSubjects(analysis.text, kept, analysis.tokens);
  return kept.map(({ core: _core, ...figure }) => figure);
}
