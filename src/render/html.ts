import type { DocJSON, Entity, Figure, Sentence, Token } from '../types.js';
import { escapeHtml } from './escape-html.js';
import { ENTITY_STYLE, pageStyle } from './html-style.js';

export interface HtmlOptions {
  /**
   * 'clean' (default) shows the article as analysed — Simplified, without pinyin annotations or markup — word by
   * word; 'input' shows the caller's text exactly as given.
   */
  text?: 'clean' | 'input';
}

/** A highlighted span of the input: an entity or a figure. */
interface Mark {
  start: number;
  end: number;
  type: string;
  label: string;
  title: string;
}

/**
 * A self-contained HTML page (inline CSS, no scripts, no external assets; every text escaped) showing the article
 * with entities and figures highlighted by type, in the manner of displaCy, key sentences underlined, and the
 * story summary as a card beside it.
 *
 * @example
 * writeFileSync('story.html', renderHtml(analyze(article).toJSON()))
 */
export function renderHtml(doc: DocJSON, options: HtmlOptions = {}): string {
  const title = escapeHtml(doc.meta.title ?? 'zhnews');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · zhnews</title>
<style>body{margin:0;background:#fff}${pageStyle()}</style>
</head>
<body>
${renderBody(doc, options)}
</body>
</html>
`;
}

/**
 * The same view as one `<div>` with its own scoped style, for embedding: notebooks, dashboards.
 *
 * @example
 * renderHtmlFragment(doc.toJSON()) // '<div class="zhnews"><style>…</style>…</div>'
 */
export function renderHtmlFragment(doc: DocJSON, options: HtmlOptions = {}): string {
  return renderBody(doc, options, `<style>${pageStyle()}</style>`);
}

function renderBody(doc: DocJSON, options: HtmlOptions, style = ''): string {
  const view = new ArticleView(doc, options.text ?? 'clean');
  const { meta } = doc;
  const byline = [meta.source, meta.author, meta.publishedAt].filter((x): x is string => !!x).map(escapeHtml).join(' · ');
  return `<div class="zhnews">${style}
<header><h1>${escapeHtml(meta.title ?? '')}</h1>${byline ? `<p class="byline">${byline}</p>` : ''}</header>
<div class="layout">
<article class="article">
${view.legend()}
${view.paragraphs()}
</article>
${renderCard(doc, view)}
</div>
</div>`;
}

/** The article's body paragraphs with their marks, rendered in clean or input text. */
class ArticleView {
  private readonly marks: Mark[];
  private readonly keyStarts: Set<number>;

  constructor(
    private readonly doc: DocJSON,
    private readonly mode: 'clean' | 'input',
  ) {
    this.marks = chooseMarks([...doc.entities.map(entityMark), ...doc.figures.map(figureMark)]);
    this.keyStarts = new Set(doc.summary.keySentences.map((s) => s.start));
  }

  legend(): string {
    const types = new Set(this.marks.map((m) => m.type));
    const items = Object.entries(ENTITY_STYLE)
      .filter(([type]) => types.has(type))
      .map(([type, { label }]) => `<span data-type="${type}">${label}</span>`);
    if (types.has('figure')) items.push('<span data-type="figure">FIGURE</span>');
    if (this.keyStarts.size > 0) items.push('<span class="key">key sentence</span>');
    return items.length > 0 ? `<div class="legend">${items.join('')}</div>` : '';
  }

  paragraphs(): string {
    const byParagraph = new Map<number, Sentence[]>();
    for (const s of this.doc.sentences) {
      if (s.role !== 'body') continue;
      const list = byParagraph.get(s.paragraph);
      if (list) list.push(s);
      else byParagraph.set(s.paragraph, [s]);
    }
    let mark = 0;
    const out: string[] = [];
    for (const sentences of byParagraph.values()) {
      const html = sentences.map((s) => {
        while (mark < this.marks.length && this.marks[mark].start < s.start) mark++;
        const inside: Mark[] = [];
        for (let m = mark; m < this.marks.length && this.marks[m].start < s.end; m++) {
          if (this.marks[m].end <= s.end) inside.push(this.marks[m]);
        }
        const body = this.withMarks(s.start, s.end, inside);
        return this.keyStarts.has(s.start) ? `<span class="key">${body}</span>` : body;
      });
      out.push(`<p>${html.join('')}</p>`);
    }
    return out.length > 0 ? out.join('\n') : '<p class="empty">(no article text)</p>';
  }

  /** The input range [start, end) as HTML: clean words in 'clean' mode, the input itself in 'input' mode. */
  plain(start: number, end: number): string {
    if (this.mode === 'input') return escapeHtml(this.doc.text.slice(start, end));
    const { tokens, text } = this.doc;
    const parts: string[] = [];
    let at = start;
    for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k].start < end; k++) {
      const t = tokens[k];
      if (t.start > at) parts.push(uncovered(text.slice(at, t.start)));
      const whole = t.start >= start && t.end <= end;
      parts.push(escapeHtml(whole ? t.normalized : withoutPinyin(text.slice(Math.max(start, t.start), Math.min(end, t.end)))));
      at = Math.max(at, t.end);
    }
    if (at < end) parts.push(uncovered(text.slice(at, end)));
    return parts.join('');
  }

  private withMarks(start: number, end: number, marks: readonly Mark[]): string {
    const parts: string[] = [];
    let at = start;
    for (const m of marks) {
      parts.push(this.plain(at, m.start));
      parts.push(
        `<mark data-type="${m.type}" title="${escapeHtml(m.title)}">${this.plain(m.start, m.end)}<span class="tag">${escapeHtml(m.label)}</span></mark>`,
      );
      at = m.end;
    }
    parts.push(this.plain(at, end));
    return parts.join('');
  }
}

/**
 * Input between words, in clean mode: a space for spacing, nothing for what normalisation removed (markup), the
 * rest as written without pinyin annotations.
 */
function uncovered(raw: string): string {
  if (/^\s+$/.test(raw)) return ' ';
  const rest = withoutPinyin(raw);
  return rest.includes('<') || rest.includes('&') ? '' : escapeHtml(rest);
}

/** A piece of a word cut by a mark keeps its input form; drop a pinyin annotation such as (qū) from it. */
function withoutPinyin(piece: string): string {
  return piece.replace(/[(（][a-zA-Z\u00c0-\u024f\u0300-\u036f]{1,8}[)）]/g, '');
}

function entityMark(e: Entity): Mark {
  const where = e.type === 'place' ? [e.code, e.path?.join(' > ')].filter(Boolean).join(' ') : '';
  return { start: e.start, end: e.end, type: e.type, label: ENTITY_STYLE[e.type].label, title: `${e.type}: ${e.name}${where ? ` (${where})` : ''}` };
}

function figureMark(f: Figure): Mark {
  const value = `${f.value}${f.unit ? ` ${f.unit}` : ''}${f.approx ? ` (${f.approx})` : ''}`;
  return { start: f.start, end: f.end, type: 'figure', label: f.kind.toUpperCase(), title: `${f.kind}: ${value}${f.subject ? ` → ${f.subject}` : ''}` };
}

/** Non-overlapping marks in document order: at each place the longest wins, as in displaCy's entity view. */
function chooseMarks(marks: Mark[]): Mark[] {
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Mark[] = [];
  for (const m of marks) {
    if (m.end <= m.start) continue;
    const last = chosen[chosen.length - 1];
    if (!last || m.start >= last.end) chosen.push(m);
  }
  return chosen;
}

function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The summary card: focus, partners, names, figures, industries, policies, mechanisms, key sentences, keywords. */
function renderCard(doc: DocJSON, view: ArticleView): string {
  const s = doc.summary;
  const sections: string[] = [];
  const section = (heading: string, body: string) => sections.push(`<section><h3>${heading}</h3>${body}</section>`);
  const chips = (items: readonly string[], type?: string) =>
    `<ul class="chips">${items.map((x) => `<li${type ? ` data-type="${type}"` : ''}>${escapeHtml(x)}</li>`).join('')}</ul>`;
  const code = (c: string | null | undefined) => (c ? `<span class="code">${escapeHtml(c)}</span>` : '');

  if (s.focus) section('Focus', `<div class="focus">${escapeHtml(s.focus.name)}${code(s.focus.code)}</div>`);
  if (s.partners.length > 0) {
    section('Partners', `<ul class="chips">${s.partners.map((p) => `<li data-type="${escapeHtml(p.type)}">${escapeHtml(p.name)}${code(p.code)}</li>`).join('')}</ul>`);
  }
  if (s.platforms.length > 0) section('Platforms', chips(s.platforms));
  if (s.mechanisms.length > 0) section('Mechanisms', chips(s.mechanisms));
  if (s.industries.length > 0) section('Industries', chips(s.industries));
  if (s.policies.length > 0) section('Policies', chips(s.policies.map((p) => `《${p}》`)));
  if (s.companies.length > 0) section('Companies', chips(s.companies, 'company'));
  if (s.organizations.length > 0) section('Organisations', chips(s.organizations, 'organization'));
  if (s.government.length > 0) section('Government', chips(s.government, 'government'));
  if (s.people.length > 0) section('People', chips(s.people, 'person'));
  if (s.places.length > 0) {
    section('Places', `<ul class="chips">${s.places.map((p) => `<li data-type="place">${escapeHtml(p.name)}<span class="count">×${p.mentions}</span></li>`).join('')}</ul>`);
  }
  if (s.keyFigures.length > 0) {
    const rows = s.keyFigures.map((f) => {
      const text = f.start !== undefined && f.end !== undefined ? view.plain(f.start, f.end) : escapeHtml(f.text);
      return `<tr title="${escapeHtml(f.sentence)}"><td class="figure">${text}</td><td>${escapeHtml(f.subject ?? '')}</td></tr>`;
    });
    section('Key figures', `<table>${rows.join('')}</table>`);
  }
  if (s.keywords.length > 0) {
    section('Keywords', `<ul class="chips">${s.keywords.map((k) => `<li style="font-size:${(12 + 5 * k.weight).toFixed(1)}px">${escapeHtml(k.word)}</li>`).join('')}</ul>`);
  }
  if (s.keySentences.length > 0) {
    const clean = new Map(doc.sentences.map((x) => [x.start, x.normalized]));
    section('Key sentences', `<ol class="sentences">${s.keySentences.map((k) => `<li>${escapeHtml(clean.get(k.start) ?? k.text)}</li>`).join('')}</ol>`);
  }
  const body = sections.length > 0 ? sections.join('\n') : '<p class="empty">No story summary.</p>';
  return `<aside class="card summary"><h2>Story</h2>\n${body}\n</aside>`;
}
