/**
 * Lists closed by a counted noun: 上海亥博粘胶材料、苏州弘道新材料等20余家企业, 惠普、广达等上游大厂 — every item is a
 * company (企业, 公司, 央企) or an organisation (机构, 高校, 院所). Items after a 、 start right after it; the first item starts where the
 * words before it stop looking like a name (a verb such as 落户, a particle such as 的, punctuation).
 */
import { SURE_RULE, type Candidate, type EntityContext, type NamedType } from '../candidate.js';
import { looksLikeProperName } from '../filters.js';
import { nameStartBefore, tokenIndexAt } from '../tokens.js';

/** Counted nouns and the type of each listed item. */
const COUNTED: readonly [string, NamedType][] = [
  ['企业', 'company'],
  ['公司', 'company'],
  ['厂商', 'company'],
  ['厂家', 'company'],
  ['大厂', 'company'],
  ['银行', 'company'],
  ['券商', 'company'],
  ['车企', 'company'],
  ['药企', 'company'],
  ['房企', 'company'],
  ['险企', 'company'],
  ['央企', 'company'],
  ['国企', 'company'],
  ['民企', 'company'],
  ['外企', 'company'],
  ['机构', 'organization'],
  ['高校', 'organization'],
  ['院校', 'organization'],
  ['院所', 'organization'],
  ['科研院所', 'organization'],
  ['大学', 'organization'],
  ['医院', 'organization'],
];
const NUMERAL = '0123456789零一二两三四五六七八九十百千万';
const APPROX = '余多数几';
const MEASURE = '家个所批';
/** Words between the count and the counted noun: 知名, 上游 (one or two). */
const MAX_MODIFIERS = 2;
/** Modifiers that make the items kinds of things, not names: 光伏、储能等领域企业. */
const KIND_WORDS = new Set(['领域', '行业', '产业', '方面', '方式', '类', '类型', '种', '地区', '地方', '国家', '城市', '省份', '部门', '环节']);
const MAX_ITEM = 20;
const MAX_ITEMS = 30;
const CONFIDENCE = 0.85;

/**
 * Items of lists closed by 等(N家)企业 in text[from, to).
 *
 * @example
 * listedNames(context, 0, text.length, []).map((c) => text.slice(c.start, c.end))
 * // ['上海亥博粘胶材料', '苏州弘道新材料'] for '已落户上海亥博粘胶材料、苏州弘道新材料等20余家企业'
 */
export function listedNames(context: EntityContext, from: number, to: number, found: readonly Candidate[]): Candidate[] {
  const { text } = context;
  const out: Candidate[] = [];
  for (let i = text.indexOf('等', from); i !== -1 && i < to; i = text.indexOf('等', i + 1)) {
    const type = countedType(context, i + 1, to);
    if (!type) continue;
    const items: Candidate[] = [];
    let end = i;
    for (let n = 0; n < MAX_ITEMS; n++) {
      const separator = separatorBefore(text, end, Math.max(from, end - MAX_ITEM - 1));
      const start = separator !== -1 ? separator + 1 : nameStartBefore(text, context.tokens, end, Math.max(from, end - MAX_ITEM), MAX_ITEM);
      if (end - start >= 2 && looksLikeProperName(context, start, end) && !(isBareWord(context, start, end) && !proposed(found, start, end))) {
        items.push({ start, end, type, source: 'rule', confidence: CONFIDENCE, priority: SURE_RULE });
      }
      if (separator === -1) break;
      end = separator;
    }
    for (let k = items.length - 1; k >= 0; k--) out.push(items[k]);
  }
  return out;
}

/**
 * The type of the items when the text at `at` reads (N)(余|多)(家|个|所|批)? + (a modifier word or two) + a counted
 * noun: 等20余家企业, 等多家知名企业, 等上游大厂 — but not a modifier naming a kind of thing (领域企业, 行业企业: the items
 * are industries) and not through a verb (等方式吸引企业).
 */
function countedType(context: EntityContext, at: number, to: number): NamedType | null {
  const { text, tokens } = context;
  let k = at;
  while (k < to && NUMERAL.includes(text[k])) k++;
  if (k < to && APPROX.includes(text[k])) k++;
  if (k < to && MEASURE.includes(text[k])) k++;
  const counted = nounAt(text, k);
  if (counted) return counted;
  let t = tokenIndexAt(tokens, k);
  if (tokens[t]?.start !== k) return null;
  for (let words = 0; words < MAX_MODIFIERS && t < tokens.length && tokens[t].end <= to; words++, t++) {
    const tok = tokens[t];
    if (tok.pos.startsWith('v') || tok.pos === 'x' || tok.pos === 'w' || KIND_WORDS.has(text.slice(tok.start, tok.end))) return null;
    // the noun ends the word (龙头|企业 read as one: 龙头企业) or follows it (重点 企业)
    for (const [noun, type] of COUNTED) if (tok.end - tok.start > noun.length && text.endsWith(noun, tok.end)) return type;
    const next = nounAt(text, tok.end);
    if (next) return next;
  }
  return null;
}

/** The type of the counted noun starting at `at`, if one does. */
function nounAt(text: string, at: number): NamedType | null {
  for (const [noun, type] of COUNTED) if (text.startsWith(noun, at)) return type;
  return null;
}

/** The last 、 in text[floor, end), or -1. */
function separatorBefore(text: string, end: number, floor: number): number {
  for (let k = end - 1; k >= floor; k--) if (text.charCodeAt(k) === 0x3001) return k;
  return -1;
}

/** One unknown word or abbreviation of two characters (光伏, 锂电): as likely an industry as a firm, so it needs the model's word. */
function isBareWord(context: EntityContext, start: number, end: number): boolean {
  if (end - start > 2) return false;
  const k = tokenIndexAt(context.tokens, start);
  const tok = context.tokens[k];
  return tok !== undefined && tok.start === start && tok.end === end && (tok.pos === 'x' || tok.pos === 'j');
}

/** Whether the model proposed a company or organisation over exactly this item. */
function proposed(found: readonly Candidate[], start: number, end: number): boolean {
  return found.some((c) => c.source === 'model' && c.start === start && c.end === end && (c.type === 'company' || c.type === 'organization'));
}
