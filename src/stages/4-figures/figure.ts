import type { FigureDraft } from '../../doc/analysis.js';
import type { Figure } from '../../types.js';
import type { Rational } from './rational.js';

/** A figure as the scanner finds it; `core` ends the numeral proper (the 第六 of 第六届). @example // { kind: 'ordinal', value: 6, start: 0, end: 3, core: 2 } */
export type ScannedFigure = FigureDraft & { core: number };

/** What a numeral's tail made of it, before approximations and ranges. */
export interface Tail {
  kind: Figure['kind'];
  value: Rational;
  end: number;
  unit?: string;
}
