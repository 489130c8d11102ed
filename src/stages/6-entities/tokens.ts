/** Token look-ups by position, and the walk left over a name's words that list and bracket rules share. */
import { isDigitAt } from '../../doc/characters.js';
import { firstEndingAfter } from '../../doc/range-search.js';
import type { TokenRange } from '../3-segment/index.js';
import type { Trie } from './trie.js';

/** Index of the first token ending after `position` (binary search; tokens are in order). */
export const tokenIndexAt: (tokens: readonly TokenRange[], position: number) => number = firstEndingAfter;

/**
 * The token that ends exactly at `end`, if one does (none when `end` falls inside a token or in a gap).
 *
 * @example
 * tokenEndingAt(tokens, 2)?.pos // 'ns' for 上海|发布
 */
export function tokenEndingAt(tokens: readonly TokenRange[], end: number): TokenRange | undefined {
  const tok = tokens[tokenIndexAt(tokens, end - 1)];
  return tok !== undefined && tok.end === end ? tok : undefined;
}

/**
 * The token that is exactly text[start, end), if one is.
 *
 * @example
 * tokenSpanning(tokens, 0, 2)?.pos // 'n' for 交通 in 交通银行 cut 交通|银行
 */
export function tokenSpanning(tokens: readonly TokenRange[], start: number, end: number): TokenRange | undefined {
  const tok = tokenStartingAt(tokens, start);
  return tok?.end === end ? tok : undefined;
}

/**
 * The token that starts exactly at `start`, if one does (none inside a token or in a gap).
 *
 * @example
 * tokenStartingAt(tokens, 2)?.pos // 'v' for 上海|发布
 */
export function tokenStartingAt(tokens: readonly TokenRange[], start: number): TokenRange | undefined {
  const tok = tokens[tokenIndexAt(tokens, start)];
  return tok !== undefined && tok.start === start ? tok : undefined;
}

/**
 * Where a title found at [start, end) starts. A title starting inside a word and running past it starts after
 * that word (习近平|总书记, 牢记|总书记: 平总书记 → 总书记), unless the word ends in a title prefix: jieba mis-cuts
 * 部副|部长 (副部长). A title inside one word keeps the model's edge (本报记者 is labelled 记者).
 *
 * @example
 * titleStart(tokens, text.indexOf('平总书记'), text.indexOf('平总书记') + 4) // index of 总
 */
export function titleStart(text: string, tokens: readonly TokenRange[], start: number, end: number): number {
  const tok = tokens[tokenIndexAt(tokens, start)];
  if (tok === undefined || tok.start >= start || tok.end >= end) return start;
  return TITLE_PREFIXES.includes(text[tok.end - 1]) ? start : tok.end;
}

/**
 * Where a person's name ends when one opens the stretch [start, end) and more follows it: a word jieba's
 * dictionary tags as a name (nr, nrfg, nrt), of 2–4 characters, starting with a surname (not 侍卫/nr, 博士生/nr);
 * else `start`.
 *
 * @example
 * leadingPersonEnd(text, tokens, surnames, 0, 6) // 3 for 习近平|总书记
 */
export function leadingPersonEnd(text: string, tokens: readonly TokenRange[], surnames: Trie, start: number, end: number): number {
  const tok = tokenStartingAt(tokens, start);
  if (tok === undefined || tok.end >= end || !tok.pos.startsWith('nr')) return start;
  const length = tok.end - tok.start;
  return length >= 2 && length <= 4 && surnames.longestAt(text, start, tok.end) !== null ? tok.end : start;
}

/** Characters that open a title (副部长, 总经理, 原局长, 前主席, 代市长, 正处长). */
const TITLE_PREFIXES = '副总原前代正';

/** Words that open a list or an object, which jieba often tags as nouns (落户/n). */
const LEAD_WORDS = new Set([
  '落户', '入驻', '签约', '包括', '引进', '吸引', '集聚', '聚集', '落地', '入选', '涵盖', '汇聚', '推动', '支持', '联合', '携手',
  '依托', '其中', '以及', '还有', '例如', '比如', '如', '像', '由', '与', '和', '及', '或', '同', '向', '对', '为', '是',
  // verbs and quantifiers jieba's dictionary tags as names (加盟/ns, 多达/nrt)
  '加盟', '多达',
  // verbs of policy news whose object is a body's name (推进|国际科技创新中心, 深化|长三角国家技术创新中心)
  '推进', '深化', '加快', '打造', '构建',
]);
/** Whether a token is a word that opens a list or an object (落户, 推进): a name starts after it, never before. */
function isLeadWord(token: TokenRange, text: string): boolean {
  return LEAD_WORDS.has(text.slice(token.start, token.end));
}

/** First letters of POS tags that cannot be inside a name: v p u c d r y e o (verbs, prepositions, particles …). */
const STOP_TAGS = new Set(['v', 'p', 'u', 'c', 'd', 'r', 'y', 'e', 'o']);

/** Measure words that end a counted phrase (两支, 多名, 第3名): a count is not inside a name. */
const MEASURES = '支名个家位批场';

/** Whether a token cannot be part of a name: a verb or particle, punctuation, a count, or a word that opens a list. */
function stopsName(token: TokenRange, text: string): boolean {
  const pos = token.pos;
  const word = text.slice(token.start, token.end);
  if (DATELINE_WORDS.has(word)) return true;
  // 2006年用: jieba's unknown word after a number is the rest of a date, not the start of a name
  if (pos === 'x' && '年月日号'.includes(word[0]) && isDigitAt(text, token.start - 1)) return true;
  if (pos === 'm' || pos === 'q') return MEASURES.includes(text[token.end - 1]);
  // 五一路上, 之后: a position word ends a name; 南方, 东方 (also tagged f) may be in one
  if (pos === 'f') return token.end - token.start === 1 || text[token.start] === '之' || text[token.start] === '以';
  // 曼城队vs曼联队: two names
  if (pos === 'eng' && word.toLowerCase().includes('vs')) return true;
  // an unknown word ending in a function word is a phrase (这是, 行在): GLUED covers those jieba glues in front
  // 这支, 各家: a demonstrative or distributive opens a phrase about bodies (这支国家队), not a name
  if (pos === 'x' || pos === 'w') {
    if (!isNameText(text, token.start, token.end)) return true;
    return token.end - token.start > 1 && (ENDS_PHRASE.includes(text[token.end - 1]) || STARTS_PHRASE.includes(text[token.start]));
  }
  if (LEAD_WORDS.has(word)) return true; // whatever jieba tags them (加盟/ns)
  if (pos === 'ad') return true; // 正式开始…: an adverb opens a clause (1 of CLUENER2020's 7,300 training bodies holds one)
  if (pos === 'eng' || pos === 'vn' || pos === 'nz' || pos === 'nr' || pos === 'ns' || pos === 'nt') return false;
  return STOP_TAGS.has(pos[0]);
}

/** Words of a news dateline or attribution that jieba tags as names or leaves unknown (本报讯/nz, 另据/x). */
const DATELINE_WORDS = new Set([
  '本报讯', '本报', '据悉', '另据', '据了解', '据报道', '获悉', '新华社', '中新社', '讯',
  // when it happened (目前bet365、澳彩等公司): jieba leaves some unknown or glued to the name after them
  '目前', '今年', '去年', '明年', '今天', '昨天', '昨日', '今日', '日前', '近日', '近期', '此前', '当前', '如今',
]);

/** First characters of an unknown word that make it a phrase (这支, 那家, 各地, 每个, 此类); 某 stays (某国有银行). */
const STARTS_PHRASE = '这那各每此';

/** Last characters of an unknown word that make it a phrase (这是, 能为, 行在, 产向, 前到, 开着), not part of a name. */
const ENDS_PHRASE = '是为之在向到着受了的把被给从对将';

/** Han characters, Latin letters and digits: what an unknown word inside a name is made of. */
function isNameText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const han = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!han && !alnum) return false;
  }
  return true;
}

/**
 * Where a name that ends at `end` starts, walking left over whole tokens until a verb (past `maxVerbs` of them),
 * preposition, particle, punctuation or `floor`; at most `maxLength` characters. Returns `end` when no token
 * qualifies.
 *
 * @example
 * // 已落户上海亥博粘胶材料、… : from the 、 back to just after 落户
 * nameStartBefore(text, tokens, text.indexOf('、'), 0, 20) // index of 上
 */
export function nameStartBefore(
  text: string,
  tokens: readonly TokenRange[],
  end: number,
  floor: number,
  maxLength: number,
  maxVerbs = 0,
): number {
  let k = tokenIndexAt(tokens, end - 1);
  if (k >= tokens.length || tokens[k].end !== end) return end; // the name must end on a token boundary
  let start = end;
  let verbs = 0;
  for (; k >= 0; k--) {
    const tok = tokens[k];
    if (tok.start < floor || end - tok.start > maxLength) break;
    const innerVerb = tok.pos === 'v' && verbs < maxVerbs && !isLeadWord(tok, text);
    if (innerVerb) verbs++;
    else if (stopsName(tok, text)) break;
    if (text.startsWith('有限公司', tok.end - 4) && tok.end - tok.start >= 4) break; // the end of the name before
    // a gap ends the name, unless it is one stray space between Han words (杭州 青木光电)
    if (tok.end !== start && !(tok.end + 1 === start && text[tok.end] === ' ')) break;
    // 建设长三角…: a verbal noun right before a place is the verb of the clause, not part of the name
    if (tok.pos === 'vn' && k + 1 < tokens.length && tokens[k + 1].pos === 'ns' && tokens[k + 1].start === start) break;
    start = tok.start;
  }
  return skipGlued(text, tokens, start, end);
}

/**
 * jieba glues an unknown name to the preposition before it (由赫瑞特, 在浒关 as one x word): a name starting at
 * `start` inside such a word starts after the preposition.
 *
 * @example
 * skipGlued('由赫瑞特投资', tokens, 0, 6) // 1
 */
export function skipGlued(text: string, tokens: readonly TokenRange[], start: number, end: number): number {
  while (end - start > 2 && GLUED.includes(text[start]) && tokens[tokenIndexAt(tokens, start)]?.pos === 'x') start++;
  return start;
}

/** One-character function words jieba may glue onto the unknown word after them. */
const GLUED = '在由与和从向对将把被给及或是的为';

/**
 * The furthest token end after `start` (within `maxLength` characters and before `limit`) at which `accepts`
 * holds, walking right over name-like tokens; -1 when there is none. Verbs may be inside (创新协同中心): the
 * ending that `accepts` demands is what anchors the name.
 *
 * @example
 * // (上海)有限公司 … : from after ')' to the end of 有限公司
 * nameEndAfter(text, tokens, close + 1, text.length, 14, endsWithCompanySuffix)
 */
export function nameEndAfter(
  text: string,
  tokens: readonly TokenRange[],
  start: number,
  limit: number,
  maxLength: number,
  accepts: (end: number) => boolean,
): number {
  let found = -1;
  let at = start;
  for (let k = tokenIndexAt(tokens, start); k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.start !== at || tok.end > limit || tok.end - start > maxLength) break;
    if (tok.pos !== 'v' && stopsName(tok, text)) break;
    at = tok.end;
    if (accepts(at)) found = at;
  }
  return found;
}
