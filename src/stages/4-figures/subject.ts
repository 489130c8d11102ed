import { firstStartingFrom } from '../../doc/range-search.js';
import type { TokenRange } from '../3-segment/index.js';
import type { ScannedFigure } from './figure.js';

/** Noun-like POS tags (jieba / ICTCLAS) that can name what a figure counts or measures. */
const NOUNISH = new Set(['n', 'nz', 'nt', 'ng', 'vn', 'j', 'an']);
/** Words between a metric and its value: 转化率达33.24%, 成交额约为2000万元, 总值为53.9万亿元. */
const LINKS = new Set([
  '为', '达', '达到', '约', '约为', '是', '超过', '超', '逾', '突破', '近', '接近', '将近', '不到', '不足', '共', '共计', '累计',
  '合计', '总计', '已', '已经', '了', '增长', '增加', '下降', '减少', '提高', '提高到', '提升', '上涨', '上升', '降低', '下滑',
  '回落', '降至', '升至', '增至', '到', '同比', '同比增长', '约合', '高达', '多达', '仅', '只有', '有',
]);
/** Last characters of metrics the segmenter tags as verbs (增速/v, 收入/v): such a word may still head a subject. */
const METRIC_ENDINGS = new Set([...'速入额率值量数度重']);
/** What may stand before a metric head taken that way: nouns and Latin (GDP增速), not verb-nouns (支配收入). */
const BEFORE_METRIC = new Set(['n', 'nz', 'j', 'eng']);
/** Quotes and brackets that may wrap a name between a count and its noun: 9个“揭榜挂帅”项目. */
const OPENERS = new Set(['“', '"', '《', '‘', "'"]);
const MAX_NOUN_TOKENS = 4;
/** Tags of modifiers inside a counted noun phrase, after its first noun: 颠覆性/i, 新型/b, 高端/a, iPad/eng. */
const MODIFIER_TAGS = new Set(['i', 'b', 'a', 'eng']);
/** How many tokens a counted noun phrase may run over, modifiers included. */
const MAX_COUNTED_TOKENS = 6;
const PUNCTUATION = new Set([...'，,。.；;、：:！!？?）)”"…\n']);
const BRIDGES = new Set(['以上', '以下', '左右', '多', '余', '的', '以上的', '之多']);
/** Single characters that never end a noun phrase (the segmenter sometimes tags a noun suffix such as 站 as a verb). */
const FUNCTION_CHARS = new Set([...'的了等和与及或在是有为达共约近超逾将已被把对向从到至以而并也都就还再又']);
const MAX_SKIPPED = 10;

/**
 * Tie figures to what they count or measure, using the segmenter's tokens: a count takes the noun phrase after
 * its measure word (8家企业 → 企业) or, in noun-first lists, the one before (联络站19家); a percent takes what it is
 * a share of (汽车产量占全国11%, 约四成新能源汽车), else like money and measures the metric before it, over linking
 * words (转化率达33.24% → 转化率).
 *
 * @example
 * // tokens of '共6项专利技术参与' → the count 6项 gets subject '专利技术'
 */
export function attachSubjects(text: string, figures: ScannedFigure[], tokens: readonly TokenRange[]): void {
  for (const figure of figures) {
    if (figure.kind === 'date' || figure.kind === 'ordinal' || figure.kind === 'duration') continue;
    const after = firstStartingFrom(tokens, figure.end);
    const before = lastTokenBefore(tokens, figure.start);
    const counts = figure.kind === 'count' || (figure.kind === 'range' && figure.unit !== undefined && figure.unit.length === 1 && !'%'.includes(figure.unit));
    // noun-first lists (联络站19家、人才飞地15个) end the count at punctuation
    const listed = figure.end >= text.length || PUNCTUATION.has(text[figure.end]);
    figure.subject = counts
      ? nounAfter(text, tokens, after) ?? (listed ? nounBefore(text, tokens, before, true) : null)
      : figure.kind === 'percent'
        ? shareOf(text, tokens, before) ?? (listed ? null : nounAfter(text, tokens, after)) ?? nounBefore(text, tokens, before, true)
        : nounBefore(text, tokens, before, true);
  }
}

/** Scopes a share is taken of: 占全国11%, 占全省总量的35%. */
const SCOPE_TAGS = new Set(['n', 'ns', 'nz', 'j', 'r']);

/**
 * What a share is of, when the percent ends 占 + scope (汽车产量占全国11% → 汽车产量) or 占比 (外资企业占比达到40%):
 * the noun phrase before 占, not the scope. Null when the figure is no such share.
 */
function shareOf(text: string, tokens: readonly TokenRange[], from: number): string | null {
  let k = from;
  if (k >= 0 && word(text, tokens[k]) === '的') k--;
  for (let skipped = 0; k >= 0 && skipped < 3 && (LINKS.has(word(text, tokens[k])) || tokens[k].pos === 'd'); skipped++) k--;
  // before 占 an adverb may stand (规模约占全国70%): step over it as over linking words
  if (k >= 1 && word(text, tokens[k]) === '比' && word(text, tokens[k - 1]) === '占') return nounBefore(text, tokens, k - 2, true);
  if (k >= 0 && word(text, tokens[k]) === '占比') return nounBefore(text, tokens, k - 1, true);
  for (let scope = 0; k >= 0 && scope < 2 && SCOPE_TAGS.has(tokens[k].pos); scope++) k--;
  const share = k >= 0 ? word(text, tokens[k]) : '';
  return share === '占' || share === '占到' ? nounBefore(text, tokens, k - 1, true) : null;
}

function lastTokenBefore(tokens: readonly TokenRange[], at: number): number {
  let k = firstStartingFrom(tokens, at) - 1;
  while (k >= 0 && tokens[k].end > at) k--;
  return k;
}

/** The noun phrase right after a count, over a quoted name or 以上的 (1亿台以上的笔记本电脑). */
function nounAfter(text: string, tokens: readonly TokenRange[], from: number): string | null {
  let k = from;
  while (k < tokens.length && k - from < 2 && BRIDGES.has(word(text, tokens[k]))) k++;
  if (k < tokens.length && OPENERS.has(text.slice(tokens[k].start, tokens[k].end))) {
    const limit = Math.min(tokens.length, k + MAX_SKIPPED);
    for (k++; k < limit && !isCloser(text.slice(tokens[k].start, tokens[k].end)); k++);
    k++;
  }
  const first = k;
  // modifiers may stand between nouns (219项原创性/n 颠覆性/i 技术/n 攻关项目/l); the phrase ends on a noun
  let head = -1;
  while (k < tokens.length && k - first < MAX_COUNTED_TOKENS && adjacent(tokens, k, first)) {
    const pos = tokens[k].pos;
    if (NOUNISH.has(pos) || pos === 'l') head = k;
    else if (!(MODIFIER_TAGS.has(pos) && k > first)) break;
    k++;
  }
  return head !== -1 && head - first < MAX_NOUN_TOKENS + 2 ? text.slice(tokens[first].start, tokens[head].end) : null;
}

/** The noun phrase ending at token `from`, first stepping back over linking words when `link` is set. */
function nounBefore(text: string, tokens: readonly TokenRange[], from: number, link: boolean): string | null {
  let k = from;
  if (link) {
    for (let skipped = 0; k >= 0 && skipped < 3 && (LINKS.has(word(text, tokens[k])) || tokens[k].pos === 'd'); skipped++) k--;
  }
  const last = k;
  let nouns: ReadonlySet<string> = link ? NOUNISH_OR_LATIN : NOUNISH;
  if (link && k >= 0 && tokens[k].pos === 'v' && tokens[k].end - tokens[k].start >= 2 && METRIC_ENDINGS.has(text[tokens[k].end - 1])) {
    k--; // 增速/v 为: the metric itself
    nouns = BEFORE_METRIC;
    while (k >= 0 && last - k < MAX_NOUN_TOKENS && nouns.has(tokens[k].pos) && tokens[k].end === tokens[k + 1].start) k--;
    return text.slice(tokens[k + 1].start, tokens[last].end);
  }
  // 联络/n 站/v 19家: a one-character head glued to nouns before it is a noun suffix
  if (k > 0 && !link && isSuffixChar(text, tokens[k]) && nouns.has(tokens[k - 1].pos) && tokens[k - 1].end === tokens[k].start) k--;
  while (k >= 0 && last - k < MAX_NOUN_TOKENS && nouns.has(tokens[k].pos) && (k === last || tokens[k].end === tokens[k + 1].start)) k--;
  return k < last ? text.slice(tokens[k + 1].start, tokens[last].end) : null;
}

function isSuffixChar(text: string, token: TokenRange): boolean {
  if (token.end - token.start !== 1) return false;
  const ch = text[token.start];
  const c = ch.charCodeAt(0);
  return c >= 0x4e00 && c <= 0x9fff && !FUNCTION_CHARS.has(ch) && !LINKS.has(ch);
}

const NOUNISH_OR_LATIN = new Set([...NOUNISH, 'eng']);

function adjacent(tokens: readonly TokenRange[], k: number, first: number): boolean {
  return k === first || tokens[k].start === tokens[k - 1].end;
}

function isCloser(w: string): boolean {
  return w === '”' || w === '"' || w === '》' || w === '’' || w === "'";
}

function word(text: string, token: TokenRange): string {
  return text.slice(token.start, token.end);
}
