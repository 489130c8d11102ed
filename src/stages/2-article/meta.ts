import type { Range } from './lines.js';
import { findDate } from './published-date.js';

/** Labels of a byline, as they appear before a colon. Longer labels first so 发布时间 wins over 时间. */
const LABELS: readonly { label: string; field: 'source' | 'author' | 'date' | 'other' }[] = [
  { label: '发布时间', field: 'date' },
  { label: '发表时间', field: 'date' },
  { label: '发布日期', field: 'date' },
  { label: '更新时间', field: 'date' },
  { label: '时间', field: 'date' },
  { label: '日期', field: 'date' },
  { label: 'published', field: 'date' },
  { label: 'Published', field: 'date' },
  { label: 'Date', field: 'date' },
  { label: '来源', field: 'source' },
  { label: '出处', field: 'source' },
  { label: 'Source', field: 'source' },
  { label: '作者', field: 'author' },
  { label: '记者', field: 'author' },
  { label: '文', field: 'other' },
  { label: 'Author', field: 'author' },
  { label: '编辑', field: 'other' },
  { label: '点击数', field: 'other' },
  { label: '阅读', field: 'other' },
];
const UNKNOWN_AUTHOR = new Set(['未知', '佚名', '不详', '匿名', '无', '-', '']);
const MAX_META_LINE = 160;

export interface LineMeta {
  source?: string;
  author?: string | null;
  publishedAt?: string;
}

/**
 * Read a byline such as `来源:江西日报 作者:未知 时间:2024-07-11`. Returns null when the line has no label.
 *
 * @example
 * readMetaLine('来源:江西日报 作者:未知 时间:2024-07-11', { start: 0, end: 29 })
 * // { source: '江西日报', author: null, publishedAt: '2024-07-11' }
 */
export function readMetaLine(text: string, line: Range): LineMeta | null {
  if (line.end - line.start > MAX_META_LINE) return null;
  const lineText = text.slice(line.start, line.end);
  const found: { at: number; valueStart: number; field: (typeof LABELS)[number]['field'] }[] = [];
  for (const { label, field } of LABELS) {
    for (let at = lineText.indexOf(label); at !== -1; at = lineText.indexOf(label, at + 1)) {
      const colon = skipSpaces(lineText, at + label.length);
      if (lineText[colon] !== ':') continue;
      if (found.some((f) => at >= f.at && at < f.valueStart)) continue; // 时间 inside 发布时间
      found.push({ at, valueStart: skipSpaces(lineText, colon + 1), field });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.at - b.at);
  const meta: LineMeta = {};
  found.forEach((f, k) => {
    const valueEnd = k + 1 < found.length ? found[k + 1].at : lineText.length;
    const value = lineText.slice(f.valueStart, valueEnd).trim();
    const firstWord = value.split(/[ \t|]/, 1)[0] ?? '';
    if (f.field === 'source' && meta.source === undefined && firstWord) meta.source = firstWord;
    if (f.field === 'author' && meta.author === undefined) meta.author = UNKNOWN_AUTHOR.has(firstWord) ? null : firstWord;
    if (f.field === 'date' && meta.publishedAt === undefined) {
      const date = findDate(value);
      if (date) meta.publishedAt = date;
    }
  });
  if (meta.publishedAt === undefined) {
    const date = findDate(lineText); // an unlabelled date on a byline: '2024-07-11 10:20 来源:新华网'
    if (date) meta.publishedAt = date;
  }
  return meta;
}

function skipSpaces(s: string, at: number): number {
  while (s[at] === ' ' || s[at] === '\t') at++;
  return at;
}

/** Agency-style ledes that name the source: 央视网消息, 新华社北京7月1日电, 人民网讯. */
export function sourceFromLede(lede: string): string | null {
  const head = lede.slice(0, 40);
  for (const end of ['消息', '电', '讯']) {
    const at = head.indexOf(end);
    if (at < 2) continue;
    const before = head.slice(0, at);
    const agency = /^(.{1,8}?(?:网|社|报|台|日报|晚报|时报))/.exec(before);
    if (agency && !agency[1].startsWith('本') && !/[,。;:]/.test(before)) return agency[1];
  }
  return null;
}
