import type { Gazetteer, Place, Town } from './gazetteer.js';
import type { Mention } from './match.js';
import type { PlaceScan } from './scan.js';
import type { TokenIndex } from './tokens.js';

const [TOWN, TOWNSHIP, STREET, ROAD] = [...'镇乡街道'].map((c) => c.charCodeAt(0));

/**
 * Towns and streets (洋口镇, 景山街道), found only with their full suffix and only after their county or city in the
 * same sentence: names like 城关镇 or 新华街道 recur across the country, and a bare 镇 name is too often something
 * else. They replace any short form inside them. Returns all mentions in document order.
 *
 * @example
 * // '上饶市广丰区洋口镇': 上饶市, 广丰区, then 洋口镇 (town, path 江西省/上饶市/广丰区/洋口镇)
 */
export function findTowns(scan: PlaceScan, mentions: readonly Mention[]): Mention[] {
  const { text, sentences, tokens, gazetteer } = scan;
  const towns: Mention[] = [];
  let k = 0; // mentions before k end before the current sentence
  let last = -1; // the last mention ending at or before the current position
  for (const sentence of sentences) {
    while (k < mentions.length && mentions[k].start < sentence.start) k++;
    last = k - 1;
    for (let end = sentence.start + 2; end <= sentence.end; end++) {
      while (last + 1 < mentions.length && mentions[last + 1].end <= end) last++;
      const suffix = text.charCodeAt(end - 1);
      if (suffix !== TOWN && suffix !== TOWNSHIP && !(suffix === ROAD && text.charCodeAt(end - 2) === STREET)) continue;
      if (!tokens.mayCutAt(end)) continue;
      const town = townEndingAt(text, end, sentence.start, mentions, k, last, tokens, gazetteer);
      if (town && (towns.length === 0 || towns[towns.length - 1].end <= town.start)) towns.push(town);
    }
  }
  if (towns.length === 0) return [...mentions];
  return merge(mentions, towns);
}

/** Town names are at most this long (the longest, 天津经济技术开发区东区泰达街道, has 15 characters). */
const LONGEST_TOWN = 16;

/** How far before a town its county or city may be named: 上饶市广丰区洋口镇, 玉山县的城关镇. */
const HOLDER_WINDOW = 24;

function townEndingAt(
  text: string,
  end: number,
  sentenceStart: number,
  mentions: readonly Mention[],
  first: number,
  last: number,
  tokens: TokenIndex,
  gazetteer: Gazetteer,
): Mention | null {
  // the nearest county or city named shortly before, in the same sentence, holds the town if any does
  for (let k = last; k >= first && mentions[k].end >= end - LONGEST_TOWN - HOLDER_WINDOW; k--) {
    const holder = mentions[k];
    const place = holder.place;
    if (!place || place.code === null || (place.level !== 'city' && place.level !== 'district')) continue;
    const towns = gazetteer.townsUnder(place);
    for (let len = Math.min(LONGEST_TOWN, end - Math.max(sentenceStart, holder.end)); len >= 2; len--) {
      const start = end - len;
      const town = towns.get(text.slice(start, end));
      if (!town || !tokens.mayCutAt(start)) continue;
      const resolvedBy = holder.end === start ? 'explicit-parent' : 'document-context';
      return { start, end, candidates: [], place: townPlace(town), canonical: true, weak: false, resolvedBy };
    }
  }
  return null;
}

function townPlace(town: Town): Place {
  return {
    id: -1,
    code: null,
    name: town.name,
    level: 'town',
    parent: town.parent,
    path: [...town.parent.path, town.name],
    aliases: [],
    prominence: 10,
  };
}

/** Mentions and towns in order; a mention inside a town (a short form such as 洋口) gives way to it. */
function merge(mentions: readonly Mention[], towns: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let t = 0;
  for (const m of mentions) {
    while (t < towns.length && towns[t].start < m.start && towns[t].end <= m.start) out.push(towns[t++]);
    const town = towns[t];
    if (town && m.start < town.end && town.start < m.end) continue;
    out.push(m);
  }
  while (t < towns.length) out.push(towns[t++]);
  return out;
}
