/**
 * Stage 2 — article. Needs: normalised `text`. Adds: `boilerplate` (page furniture set aside), `meta` (title,
 * source, author, publication date), `paragraphs` and `sentences` (ranges of the normalised text).
 */
import type { ArticleMeta, BoilerplateSpan, Sentence } from '../../types.js';
import { findBoilerplate } from './boilerplate.js';
import { splitLines, trimRange, type Range } from './lines.js';
import { readMetaLine, sourceFromLede, type LineMeta } from './meta.js';
import { splitSentences } from './sentences.js';

export type { Range } from './lines.js';

export interface Paragraph extends Range {
  role: Sentence['role'];
}

export interface ArticleLayout {
  boilerplate: (Range & { kind: BoilerplateSpan['kind'] })[];
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  /** Sentences in document order; `paragraph` indexes `paragraphs`. */
  sentences: (Range & { paragraph: number; role: Sentence['role'] })[];
}

/** How many lines from the top may still be page header (title, byline, navigation). */
const HEAD_LINES = 12;
const MAX_TITLE = 80;

/**
 * Lay out an article: set aside boilerplate, read the byline and title, split paragraphs into sentences.
 *
 * @example
 * readArticle('上饶新闻\n来源:江西日报\n正文第一句。第二句。').meta.title // '上饶新闻'
 */
export function readArticle(text: string, publishedAt?: string | null): ArticleLayout {
  const boilerplate: ArticleLayout['boilerplate'] = [];
  const lines: { range: Range; meta: LineMeta | null; headerCandidate: boolean }[] = [];

  splitLines(text).forEach((line, index) => {
    const furniture = findBoilerplate(text, line);
    let range = line;
    if (furniture) {
      boilerplate.push(furniture);
      range = trimRange(text, line.start, furniture.start);
      if (range.end <= range.start) return;
    }
    const inHead = index < HEAD_LINES;
    const meta = inHead ? readMetaLine(text, range) : null;
    lines.push({ range, meta, headerCandidate: inHead && !meta && isTitleLike(text, range) });
  });

  const metaIndex = lines.findIndex((l) => l.meta !== null);
  const titleIndex = pickTitle(lines, metaIndex);
  const paragraphs: Paragraph[] = lines.map((l, k) => ({
    ...l.range,
    role: k === titleIndex ? 'title' : l.meta ? 'meta' : 'body',
  }));

  const lineMeta: LineMeta = {};
  for (const l of lines) if (l.meta) Object.entries(l.meta).forEach(([k, v]) => ((lineMeta as Record<string, unknown>)[k] ??= v));
  const firstBody = paragraphs.find((p) => p.role === 'body');

  const sentences: ArticleLayout['sentences'] = [];
  paragraphs.forEach((p, k) => {
    const parts = p.role === 'body' ? splitSentences(text, p) : [p];
    for (const s of parts) sentences.push({ start: s.start, end: s.end, paragraph: k, role: p.role });
  });

  const title = titleIndex === -1 ? null : text.slice(lines[titleIndex].range.start, lines[titleIndex].range.end);
  return {
    boilerplate,
    meta: {
      title,
      source: lineMeta.source ?? (firstBody ? sourceFromLede(text.slice(firstBody.start, firstBody.end)) : null),
      author: lineMeta.author ?? null,
      publishedAt: publishedAt ?? lineMeta.publishedAt ?? null,
    },
    paragraphs,
    sentences,
  };
}

/** A headline: short, not ending like a statement or a clause (headlines may end with ! or ?). */
function isTitleLike(text: string, line: Range): boolean {
  const length = line.end - line.start;
  if (length < 4 || length > MAX_TITLE) return false;
  return !'。;:,、'.includes(text[line.end - 1]);
}

/** The title is the last headline-like line before the byline, else the first line when it looks like one. */
function pickTitle(lines: { headerCandidate: boolean }[], metaIndex: number): number {
  if (lines.length < 2) return -1;
  if (metaIndex > 0) {
    for (let k = metaIndex - 1; k >= 0; k--) if (lines[k].headerCandidate) return k;
  }
  return lines[0].headerCandidate ? 0 : -1;
}
