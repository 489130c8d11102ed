import type { Analysis } from '../../doc/analysis.js';
import type { Range } from '../2-article/index.js';
import { isClauseEnd } from './clauses.js';
import { INDUSTRY_CUES, INDUSTRY_HEADS, INDUSTRY_QUALIFIERS, INDUSTRY_SEPARATORS } from './cues.js';
import { storyLexicons } from './lexicons.js';
import { endingAt, firstStartingFrom, startingAt } from '../../doc/range-search.js';
import { termMatcher } from './term-matcher.js';

const heads = termMatcher(INDUSTRY_HEADS);
const cues = termMatcher(INDUSTRY_CUES);
const qualifiers = termMatcher(INDUSTRY_QUALIFIERS);
const separators = termMatcher(INDUSTRY_SEPARATORS);
/** Characters before a head searched for its list; an item longer than MAX_ITEM is not an industry name. */
const MAX_LIST = 80;
const MAX_ITEM = 10;
const MIN_ITEM = 2;

/**
 * Industries the story names: the items of lists such as 聚焦A、B、C等领域 / 推动A、B等重点产业 / 培育A、B两大产业,
 * then names of the industries lexicon (data/story/industries.txt) found on word boundaries outside entities.
 * A lexicon name inside a listed item (光伏 in 光伏新能源) is not repeated.
 *
 * @example
 * findIndustries(analysis) // ['生物医学', '低空经济', '电子信息', …]
 */
export function findIndustries(analysis: Analysis): string[] {
  const { text } = analysis;
  const listed: string[] = [];
  for (const sentence of analysis.layout.sentences) {
    if (sentence.role === 'meta') continue;
    for (const head of heads.find(text, sentence.start, sentence.end)) {
      const listEnd = listEndBefore(text, head.start, sentence.start);
      if (listEnd !== null) listed.push(...listItems(analysis, { start: Math.max(sentence.start, listEnd - MAX_LIST), end: listEnd }, head.term));
    }
  }
  const named: string[] = [];
  for (const hit of storyLexicons().industries.find(text)) {
    if (startingAt(analysis.tokens, hit.start) === -1 || endingAt(analysis.tokens, hit.end) === -1 || insideEntity(analysis, hit)) continue;
    named.push(hit.term);
  }
  // a name inside another found name (光伏 in 光伏新能源, 信息技术 in 新一代信息技术) is given once, as the longer
  const all = [...new Set([...listed, ...named])];
  return all.filter((name) => !all.some((other) => other !== name && other.includes(name)));
}

/** Where the list before a head ends: before 等 / 两大 / 三大 (and any qualifier: 等重点产业), else null. */
function listEndBefore(text: string, headStart: number, from: number): number | null {
  let at = headStart;
  const qualifier = qualifiers.matchBefore(text, at, from);
  if (qualifier) at -= qualifier.length;
  if (text[at - 1] === '等') return at - 1;
  if (text[at - 1] === '大' && at >= 2 && '两二三四五六七八九十'.includes(text[at - 2])) return at - 2; // includes('') would be true
  return null;
}

/** Heads that may close a list without a cue verb before it; 领域 needs one (在交通、生态等领域 are not industries). */
const HEADS_WITHOUT_CUE = new Set(['产业', '产业集群', '产业链', '行业']);
/** Tags an item's words may have: an industry name is a noun phrase. */
const ITEM_TAGS = new Set(['n', 'nz', 'vn', 'eng', 'j', 'b', 'an', 'l', 'nt']);
/** Without a cue verb the first item is cut from running text: keep it short. */
const MAX_FIRST_ITEM = 6;

/**
 * The items of a list ending at `range.end`: back to the nearest cue verb (or, for 产业/行业 heads, the clause
 * start), split at 、/和/及; each item trimmed to whole words, without a leading place name or function word.
 */
function listItems(analysis: Analysis, range: Range, head: string): string[] {
  const { text } = analysis;
  let start = range.end;
  while (start > range.start && !isClauseEnd(text[start - 1]) && !'“”"《》'.includes(text[start - 1])) start--;
  let cued = false;
  for (let i = range.end; i > start && !cued; i--) {
    const cue = cues.matchBefore(text, i, start);
    if (cue) [start, cued] = [i, true];
  }
  if (!cued && !HEADS_WITHOUT_CUE.has(head)) return [];
  const items: string[] = [];
  let itemStart = start;
  for (let i = start; i <= range.end; ) {
    const sep = i < range.end ? separators.matchAt(text, i, range.end) : '';
    if (sep === null) {
      i++;
      continue;
    }
    const item = trimToNounPhrase(analysis, { start: itemStart, end: i });
    const first = itemStart === start;
    if (item && isIndustryName(item) && (cued || !first || item.length <= MAX_FIRST_ITEM)) items.push(item);
    i += Math.max(1, sep.length);
    itemStart = i;
  }
  return items;
}

/** The run of noun-phrase words that ends the range, without leading place names; null if not whole words. */
function trimToNounPhrase(analysis: Analysis, range: Range): string | null {
  const words = [];
  for (let i = firstStartingFrom(analysis.tokens, range.start); i < analysis.tokens.length && analysis.tokens[i].end <= range.end; i++) {
    words.push(analysis.tokens[i]);
  }
  if (words.length === 0 || words[words.length - 1].end !== range.end) return null;
  let k = words.length;
  while (k > 0 && ITEM_TAGS.has(words[k - 1].pos)) k--;
  // a sector named by a verb alone (涵盖了制造、能源…, 设计、维修等行业)
  if (k === words.length && words[k - 1].pos === 'v') k--;
  while (k < words.length && words[k].pos === 'ns') k++;
  return k < words.length ? analysis.text.slice(words[k].start, range.end) : null;
}

function isIndustryName(item: string): boolean {
  if (item.length < MIN_ITEM || item.length > MAX_ITEM || storyLexicons().stopWords.has(item)) return false;
  return /^(?:[5-6]G)?[\u4e00-\u9fffA-Za-z+]+$/.test(item) && /[\u4e00-\u9fff]/.test(item);
}

/** Whether a company or organisation name covers the range (entities are sorted and do not overlap much). */
function insideEntity(analysis: Analysis, range: Range): boolean {
  const { entities } = analysis;
  for (let i = firstStartingFrom(entities, range.start + 1) - 1; i >= 0 && range.start - entities[i].start < MAX_LIST; i--) {
    if (entities[i].type !== 'place' && entities[i].end >= range.end) return true;
  }
  return false;
}
