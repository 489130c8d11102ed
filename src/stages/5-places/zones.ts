import type { Place } from './gazetteer.js';
import type { Mention } from './match.js';
import type { TokenRange } from '../3-segment/index.js';
import type { TokenIndex } from './tokens.js';

/** The last words of a development zone's name, longest first so that 经济技术开发区 wins over 开发区. */
const ZONE_HEADS = [
  '高新技术产业开发区',
  '经济技术开发区',
  '自由贸易试验区',
  '高新技术开发区',
  '综合保税区',
  '经济开发区',
  '自贸试验区',
  '工业园区',
  '产业园区',
  '开发区',
  '高新区',
  '经开区',
  '综保区',
  '保税区',
  '自贸区',
  '试验区',
  '示范区',
  '合作区',
  '新区',
];

/** Words allowed between the place and the head (上饶 高铁经济 试验区): nouns and names, not verbs (建设示范区). */
const MIDDLE_TAGS = new Set(['n', 'nz', 'ns', 'j', 'x', 'eng']);
const MAX_MIDDLE = 6;
/** First characters of the heads, to skip most positions without comparing strings. */
const HEAD_STARTS = new Set(ZONE_HEADS.map((h) => h.charCodeAt(0)));

/**
 * A city or county followed by a zone's name (上饶经开区, 上饶高铁经济试验区, 嘉兴高新区) becomes one zone mention
 * whose path runs through that place; curated and coded zones (苏州工业园区, 两江新区) were matched whole already.
 *
 * @example
 * // '上饶经开区' with 上饶 resolved to 上饶市 → a 'zone' mention 上饶经开区, path 江西省/上饶市/上饶经开区
 */
export function widenToZones(text: string, mentions: readonly Mention[], tokens: TokenIndex): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const limit = k + 1 < mentions.length ? mentions[k + 1].start : text.length;
    const end = m.place && isDivision(m.place) ? zoneEnd(text, m.end, limit, tokens) : -1;
    if (end < 0) {
      out.push(m);
      continue;
    }
    const name = text.slice(m.start, end);
    const zone: Place = {
      id: -1,
      code: null,
      name,
      level: 'zone',
      parent: m.place!,
      path: [...m.place!.path, name],
      aliases: [],
      prominence: 20,
    };
    out.push({ ...m, end, candidates: [zone], place: zone, canonical: true });
  }
  return out;
}

function isDivision(place: Place): boolean {
  return place.code !== null && place.level !== 'town';
}

/** Where a zone's name that starts right after a place ends, or -1: whole tokens, a few nouns, then a head. */
function zoneEnd(text: string, from: number, limit: number, tokens: TokenIndex): number {
  let at = from;
  while (at - from <= MAX_MIDDLE && at < limit) {
    const head = HEAD_STARTS.has(text.charCodeAt(at)) ? ZONE_HEADS.find((h) => text.startsWith(h, at)) : undefined;
    if (head && at + head.length <= limit && tokens.endsAt(at + head.length)) return at + head.length;
    const token = tokens.covering(at);
    if (!token || token.start !== at || !MIDDLE_TAGS.has(token.pos)) return -1;
    at = token.end;
  }
  return -1;
}

/** Bare zone words and the full heads they stand for once the article has named its zone (苏州高新区 … 高新区). */
const BARE_ZONES: Readonly<Record<string, readonly string[]>> = {
  高新区: ['高新区', '高新技术产业开发区', '高新技术开发区'],
  经开区: ['经开区', '经济技术开发区', '经济开发区'],
  开发区: ['开发区', '经开区', '高新区', '经济技术开发区', '经济开发区', '高新技术产业开发区', '高新技术开发区'],
  自贸区: ['自贸区', '自由贸易试验区', '自贸试验区'],
  新区: ['新区'],
};

const AREA = '区'.charCodeAt(0);

/**
 * A bare 高新区 / 经开区 / 开发区 / 自贸区 / 新区 token means the article's own zone of that kind when the article
 * names exactly one ('document-context'); with none or several it stays unresolved and is not reported.
 *
 * @example
 * // '苏州高新区投资120亿。高新区重点项目开工' → the second 高新区 is 苏州高新区 too
 */
export function addBareZones(text: string, tokens: readonly TokenRange[], mentions: readonly Mention[]): Mention[] {
  const zones = mentions.filter((m) => m.place?.level === 'zone');
  if (zones.length === 0) return [...mentions];
  const bare: Mention[] = [];
  let k = 0; // the first mention that does not end before the token
  for (const token of tokens) {
    while (k < mentions.length && mentions[k].end <= token.start) k++;
    if (k < mentions.length && mentions[k].start < token.end) continue; // inside 上饶经开区 already
    if (text.charCodeAt(token.end - 1) !== AREA || token.end - token.start > 3) continue; // every bare word ends in 区
    const heads = BARE_ZONES[text.slice(token.start, token.end)];
    if (!heads) continue;
    const named = new Set(zones.filter((z) => heads.some((h) => z.place!.name.endsWith(h))).map((z) => z.place!));
    if (named.size !== 1) continue;
    const [place] = named;
    bare.push({ start: token.start, end: token.end, candidates: [place], place, canonical: false, weak: false, resolvedBy: 'document-context' });
  }
  if (bare.length === 0) return [...mentions];
  return [...mentions, ...bare].sort((a, b) => a.start - b.start);
}
