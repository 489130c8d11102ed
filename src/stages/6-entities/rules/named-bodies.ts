/**
 * Names of bodies built from ordinary words around a proper one: a place, region or coined word, then nouns, then
 * an organisation ending or a company's legal form — 华东数字医疗发展中心, 国家技术转移转化中心,
 * 长三角G60科创走廊产业联盟, 上海临港联合发展有限公司. Also coined brand names with an industry ending: an unknown
 * word (jieba's x) right before a company ending — 晶科能源, 溯徕科技.
 */
import type { Candidate, EntityContext, NamedType } from '../candidate.js';
import { nameStartBefore, skipGlued, tokenIndexAt } from '../tokens.js';

/** Company endings strong enough to close a name on their own. */
const LEGAL_FORMS = ['公司', '集团', '银行'];
/** Words that open the name of a national body although jieba tags them as common nouns. */
const NATIONAL = new Set(['国家', '中国', '全国', '中央', '中华']);
/** Tokens that can open a name: places, proper and unknown words, abbreviations, Latin. */
const OPENERS = new Set(['ns', 'nz', 'x', 'nr', 'nrt', 'nt', 'eng', 'j']);
/**
 * POS of a token that can carry a name's ending. Not nt: a name jieba knows whole (东亚银行/nt) is the model's to
 * find, and walked back from it takes in the sentence's words (香港调查东亚银行, 银监会两次会同人民银行).
 */
const NOUNISH = new Set(['n', 'nz', 'ns', 'nr', 'j', 'x', 'vn', 'ng', 'l']);
const MAX_NAME = 20;
/** Verbs an organisation's name may hold (国家技术转移转化中心: 转移/v 转化/v). */
const MAX_VERBS = 2;
const CONFIDENCE = 0.7;

/**
 * Bodies and coined company names in text[from, to).
 *
 * @example
 * namedBodies(context, 0, text.length).map((c) => text.slice(c.start, c.end)) // ['华东数字医疗发展中心']
 */
export function namedBodies(context: EntityContext, from: number, to: number): Candidate[] {
  const { text, tokens, lexicons } = context;
  const out: Candidate[] = [];
  for (let k = tokenIndexAt(tokens, from); k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.end > to) break;
    if (!NOUNISH.has(tok.pos)) continue; // 组织/v is organising, not an organisation
    const ending = lexicons.suffixes.longestEndingAt(text, tok.end, tok.start);
    if (!ending) continue;
    const word = text.slice(ending.start, ending.end);
    const type: NamedType | null =
      ending.kind === 1 ? 'organization' : ending.kind === 0 && LEGAL_FORMS.some((f) => word.endsWith(f)) ? 'company' : null;
    if (type) {
      // verbs may sit inside an organisation's name (国家技术转移转化中心), not inside a firm's or a team's (…执教球队);
      // a third is a clause (开始面向公众招聘英雄联盟): 1 of CLUENER2020's 2,904 training organisations holds three
      const verbs = type === 'organization' && !word.endsWith('队') ? MAX_VERBS : 0;
      const walked = nameStartBefore(text, tokens, tok.start, Math.max(from, tok.end - MAX_NAME), MAX_NAME, verbs);
      const start = openerFrom(context, walked, tok.start);
      if (start !== -1 && !hasInnerGeneric(context, start, tok.start)) out.push({ start, end: tok.end, type, source: 'rule', confidence: CONFIDENCE, priority: 2 });
    } else if (ending.kind === 0 && ending.start === tok.start && k > 0 && isCoined(text, tokens[k - 1], tok.start) && !nounFollows(tokens, k)) {
      out.push({ start: tokens[k - 1].start, end: tok.end, type: 'company', source: 'rule', confidence: CONFIDENCE, priority: 2 });
    }
  }
  return out;
}

/** Words that inside a name show it is a phrase about firms (中央企业中五大发电集团), not one name. */
const INNER_GENERIC = new Set(['企业', '公司', '地方', '中', '等', '各', '其']);

function hasInnerGeneric(context: EntityContext, start: number, end: number): boolean {
  const { text, tokens } = context;
  for (let k = tokenIndexAt(tokens, start); k < tokens.length && tokens[k].end <= end; k++) {
    if (INNER_GENERIC.has(text.slice(tokens[k].start, tokens[k].end))) return true;
  }
  return false;
}

/** Where the first token at or after `start` (before `limit`) that can open a name begins (not before `start`), or -1. */
function openerFrom(context: EntityContext, start: number, limit: number): number {
  const { text, tokens } = context;
  for (let k = tokenIndexAt(tokens, start); k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.start >= limit) return -1;
    // an unknown word opening with a numeral or a function word jieba does not glue is a phrase (一是主队, 以金贸中心)
    if (tok.pos === 'x' && NOT_OPENING.includes(text[tok.start])) continue;
    if (OPENERS.has(tok.pos) || NATIONAL.has(text.slice(tok.start, tok.end))) {
      // 上海成立研发中心: a verb right after the opener makes it a clause, not a name (国家技术转移转化中心 is one)
      const next = tokens[k + 1];
      if (next && next.pos === 'v' && next.start < limit) return -1;
      return skipGlued(text, tokens, Math.max(boundMorphemesBefore(tokens, k, start), start), limit);
    }
  }
  return -1;
}

/** First characters of unknown words that are phrases, not names (prepositions jieba glues are skipped instead). */
const NOT_OPENING = '了等以据一二三四五六七八九十';

/** POS tags jieba gives the single characters of a word it does not know (玄/zg 峰/nr 集团). */
const BOUND_MORPHEMES = new Set(['zg', 'ng', 'g', 'tg', 'ag', 'vg', 'dg']);

/** Where the name opened by token k starts: one-character bound morphemes right before it belong to it. */
function boundMorphemesBefore(tokens: EntityContext['tokens'], k: number, floor: number): number {
  let start = tokens[k].start;
  for (let j = k - 1; j >= 0 && tokens[j].start >= floor && tokens[j].end === start; j--) {
    if (tokens[j].end - tokens[j].start !== 1 || !BOUND_MORPHEMES.has(tokens[j].pos)) break;
    start = tokens[j].start;
  }
  return start;
}

/** Function words and numerals: an unknown word holding one is a phrase (三是, 在浒, 前到, 开着), not a brand. */
const NOT_IN_BRANDS = '是的在和与了及或等为对将把被从向由以据到着受给一二三四五六七八九十';

/** An unknown Han word of 2–4 characters ending right at `end`: how jieba sees a coined brand (晶科). */
function isCoined(text: string, tok: { start: number; end: number; pos: string }, end: number): boolean {
  if (tok.pos !== 'x' || tok.end !== end || tok.end - tok.start < 2 || tok.end - tok.start > 4) return false;
  for (let i = tok.start; i < tok.end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff || NOT_IN_BRANDS.includes(text[i])) return false;
  }
  return true;
}

/** Whether a noun follows token k: then the coined word and ending modify it (催开科技花) rather than name a firm. */
function nounFollows(tokens: EntityContext['tokens'], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.start !== tokens[k].end) return false;
  return next.pos.startsWith('n') || (next.pos === 'x' && next.end - next.start > 1);
}
