import type { Analysis, EntityDraft, FigureDraft } from '../../src/doc/analysis.js';
import { buildDoc } from '../../src/doc/build-doc.js';
import type { Doc } from '../../src/doc/doc.js';
import { normalize } from '../../src/stages/1-normalize/index.js';
import { readArticle } from '../../src/stages/2-article/index.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
import { tellStory } from '../../src/stages/7-story/index.js';

/** An entity to place in a written text: its type, the words as written (every occurrence), and its fields. */
export type EntitySpec = [type: EntityDraft['type'], surface: string, fields?: Partial<EntityDraft>];
/** A figure to place in a written text: the words as written, and its fields. */
export type FigureSpec = [surface: string, fields: Omit<FigureDraft, 'start' | 'end'> & { nth?: number }];

/** Shorthand for place fields: name, code, level, path. */
export function place(name: string, code: string | null, level: NonNullable<EntityDraft['level']>, path: string[]): Partial<EntityDraft> {
  return { name, code, level, path, source: 'gazetteer' };
}

/**
 * Run stages 1–3 on a written text, add hand-placed entity and figure drafts (as stages 4–6 would), then stage 7:
 * the story is tested on what the other stages' contract promises, before those stages exist in this branch.
 */
export function analysisWith(input: string, entities: EntitySpec[] = [], figures: FigureSpec[] = []): Analysis {
  const { text, map } = normalize(input);
  const layout = readArticle(text, null);
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, nodejiebaSegmenter());
  // specs are placed in order; an occurrence inside one placed earlier is skipped (上海 inside 上海市)
  const placed: EntityDraft[] = [];
  for (const [type, surface, fields = {}] of entities) {
    for (const range of occurrences(text, surface)) {
      if (!placed.some((e) => e.start < range.end && range.start < e.end)) placed.push({ type, name: surface, ...fields, ...range });
    }
  }
  analysis.entities = placed.sort((a, b) => a.start - b.start);
  analysis.figures = figures
    .map(([surface, { nth = 0, ...rest }]) => ({ ...rest, ...locate(text, surface, nth) }))
    .sort((a, b) => a.start - b.start);
  analysis.summary = tellStory(analysis);
  return analysis;
}

/** The same, as a public Doc. */
export function docWith(input: string, entities: EntitySpec[] = [], figures: FigureSpec[] = []): Doc {
  return buildDoc(analysisWith(input, entities, figures));
}

function occurrences(text: string, surface: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length)) {
    found.push({ start: at, end: at + surface.length });
  }
  if (found.length === 0) throw new Error(`test setup: ${surface} is not in the text`);
  return found;
}

function locate(text: string, surface: string, nth: number): { start: number; end: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(surface, at + 1);
    if (at === -1) throw new Error(`test setup: ${surface} (#${nth}) is not in the text`);
  }
  return { start: at, end: at + surface.length };
}
