import type { OffsetMap } from './offset-map.js';
import type { ArticleLayout, Range } from '../stages/2-article/index.js';
import type { TokenRange } from '../stages/3-segment/index.js';
import type { Entity, Figure, KeyFigure, Summary } from '../types.js';

/** A figure found by stage 4, positioned in the normalised text. */
export type FigureDraft = Omit<Figure, 'text' | 'start' | 'end'> & Range;
/** An entity found by stages 5–6, positioned in the normalised text; `name` is its clean form. */
export type EntityDraft = Omit<Entity, 'text' | 'start' | 'end'> & Range;
/** The story summary of stage 7: names as clean text; key sentences and key figures as ranges of the normalised text. */
export type SummaryDraft = Omit<Summary, 'keySentences' | 'keyFigures'> & {
  keySentences: Range[];
  keyFigures: (Omit<KeyFigure, 'text' | 'start' | 'end'> & Range)[];
};

/**
 * Everything the stages have found so far, positioned in the normalised `text`. Each stage reads what earlier
 * stages assigned and assigns its own part; `buildDoc` maps every range back to the input once, at the edge.
 */
export interface Analysis {
  /** The caller's string, untouched. */
  input: string;
  /** Normalised Simplified text the stages work on. */
  text: string;
  /** From `text` back to `input` (null: they are the same). */
  map: OffsetMap | null;
  layout: ArticleLayout;
  tokens: TokenRange[];
  figures: FigureDraft[];
  entities: EntityDraft[];
  summary: SummaryDraft | null;
}
