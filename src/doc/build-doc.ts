import type { Analysis } from './analysis.js';
import { Doc } from './doc.js';
import { toSourceSpan } from './offset-map.js';
import type { Range } from '../stages/2-article/index.js';
import type { Span, Token } from '../types.js';

/** Map a range of the normalised text to a span of the input: `input.slice(start, end) === text`. */
function toSpan<T extends Range>(analysis: Analysis, range: T): Omit<T, 'start' | 'end'> & Span {
  const { start: from, end: to, ...fields } = range;
  const [start, end] = toSourceSpan(analysis.map, from, to);
  return { text: analysis.input.slice(start, end), start, end, ...fields };
}

/**
 * Turn an analysis into the public Doc, mapping every range back to the input exactly once.
 */
export function buildDoc(analysis: Analysis): Doc {
  const span = <T extends Range>(range: T) => toSpan(analysis, range);
  return new Doc({
    text: analysis.input,
    meta: analysis.layout.meta,
    boilerplate: analysis.layout.boilerplate.map(span),
    paragraphs: analysis.layout.paragraphs.map((p) => span({ start: p.start, end: p.end })),
    sentences: analysis.layout.sentences.map((s) => span({ ...s, normalized: analysis.text.slice(s.start, s.end) })),
    tokens: tokensOf(analysis),
    entities: analysis.entities.map(span),
    figures: analysis.figures.map(span),
    summary: analysis.summary
      ? { ...analysis.summary, keySentences: analysis.summary.keySentences.map(span), keyFigures: analysis.summary.keyFigures.map(span) }
      : emptySummary(),
  });
}

/** Tokens are most of a Doc's objects: built directly, without the generic spread. */
function tokensOf({ tokens, map, input, text }: Analysis): Token[] {
  const out = new Array<Token>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const [start, end] = toSourceSpan(map, t.start, t.end);
    out[i] = { text: input.slice(start, end), start, end, pos: t.pos, normalized: text.slice(t.start, t.end) };
  }
  return out;
}

export function emptySummary(): Doc['summary'] {
  return {
    focus: null,
    partners: [],
    companies: [],
    organizations: [],
    government: [],
    people: [],
    places: [],
    platforms: [],
    keyFigures: [],
    industries: [],
    policies: [],
    mechanisms: [],
    keySentences: [],
    keywords: [],
  };
}
