/**
 * Government bodies by pattern: national bodies from a list (国务院, 国家发展改革委), and a place followed by a
 * body — 上饶市科技局, 黄石市人民政府, 中共黄石市委, 浙江省商务厅, 松江区人大常委会, 福田区人民法院, 上海海关. The place comes from the place
 * lexicon or stage 5; the department words between place and ending must be nouns (no verbs, no 的).
 */
import { firstEndingAfter } from '../../../doc/range-search.js';
import type { Candidate, EntityContext } from '../candidate.js';
import { tokenIndexAt } from '../tokens.js';
import { Trie } from '../trie.js';
import { CENTRAL_BODIES } from './central-bodies.js';

/** Endings of a local body, matched right after a place or after its department words. */
const BODY_ENDINGS = ['人民政府', '政府', '人大常委会', '人大', '政协', '管委会', '委员会', '局', '厅', '委', '办公室', '办', '署', '法院', '检察院', '派出所', '海关'];
/** Endings that may follow the place directly, with no department words: 上饶市人民政府, 黄石市委. */
const DIRECT_ENDINGS = new Set(['人民政府', '政府', '人大常委会', '人大', '政协', '管委会', '委', '委员会', '法院', '检察院', '海关']);
/** Level characters that turn a short place name into a jurisdiction (黄石 + 市). */
const LEVELS = '省市县区州盟旗镇乡';
const MAX_DEPARTMENT = 10;
const CONFIDENCE = 0.9;

let central: Trie | null = null;
let endings: Trie | null = null;

/**
 * Government bodies found by pattern in text[from, to).
 *
 * @example
 * governmentBodies(context, 0, text.length).map((c) => text.slice(c.start, c.end)) // ['上饶市科技局']
 */
export function governmentBodies(context: EntityContext, from: number, to: number): Candidate[] {
  central ??= new Trie(CENTRAL_BODIES.map((name) => [name, 0] as const));
  endings ??= new Trie(BODY_ENDINGS.map((e) => [e, 0] as const));
  const { text, places } = context;
  const out: Candidate[] = [];
  let place = firstEndingAfter(places, from); // the next stage-5 place not ending before i (places in document order)
  for (let i = from; i < to; ) {
    while (place < places.length && places[place].end <= i) place++;
    if (place < places.length && places[place].start < i) {
      i++; // a body never starts inside a place: 新县 inside 阳新县委书记 is no county (阳新县 is)
      continue;
    }
    const national = central.longestAt(text, i, to);
    // …and ends a word: 司法部门 and 财政部长 hold 司法部 and 财政部 but name a kind of office and a minister
    if (national && endsWord(context, national.end)) {
      out.push({ start: i, end: national.end, type: 'government', source: 'rule', confidence: CONFIDENCE, priority: 2 });
      i = national.end;
      continue;
    }
    const body = localBody(context, i, to);
    if (body) {
      out.push(body);
      i = body.end;
    } else i++;
  }
  return out;
}

/** Whether a jieba word ends at `end` (or no word reaches it: the end of the segmented text). */
function endsWord(context: EntityContext, end: number): boolean {
  const k = tokenIndexAt(context.tokens, end - 1);
  return k === context.tokens.length || context.tokens[k].end === end;
}

/** A body starting at `start` with a place (optionally after 中共): place, level, department words, ending. */
function localBody(context: EntityContext, start: number, to: number): Candidate | null {
  const { text, tokens } = context;
  let at = start;
  const party = text.startsWith('中共', at);
  if (party) at += 2;
  const placeEnd = placeAt(context, at, to);
  if (placeEnd === -1) return null;
  let end = placeEnd;
  // a second place narrows the first: 上海市松江区
  const inner = placeAt(context, end, to);
  if (inner !== -1) end = inner;
  const direct = endings!.longestAt(text, end, to);
  const directWord = direct ? text.slice(direct.start, direct.end) : '';
  // 中共 goes with party committees only (中共黄石市委), never with 人民政府
  if (direct && DIRECT_ENDINGS.has(directWord) && (!party || directWord === '委' || directWord === '委员会')) {
    // 委 right after a place needs the level character (黄石市委), not a short name (黄石委)
    if (text[direct.start] !== '委' || LEVELS.includes(text[end - 1])) {
      return { start, end: direct.end, type: 'government', source: 'rule', confidence: CONFIDENCE, priority: 2 };
    }
  }
  if (party) return null;
  // department words, token by token, until a token that ends with a body ending
  let k = tokenIndexAt(tokens, end);
  if (k >= tokens.length || tokens[k].start !== end) return null;
  for (; k < tokens.length && tokens[k].end - end <= MAX_DEPARTMENT && tokens[k].end <= to; k++) {
    const tok = tokens[k];
    const word = text.slice(tok.start, tok.end);
    if (!isDepartmentWord(tok.pos, word)) return null;
    if (word.endsWith('常委')) return null; // 市委常委 is a member's title (a position), not a body
    if (endings!.longestEndingAt(text, tok.end, tok.start)) {
      return { start, end: tok.end, type: 'government', source: 'rule', confidence: CONFIDENCE, priority: 2 };
    }
  }
  return null;
}

/** End of a jurisdiction starting at `at`: a stage-5 place or a lexicon place (with its level character). */
function placeAt(context: EntityContext, at: number, to: number): number {
  const { text, lexicons, placeEnds } = context;
  const known = placeEnds.get(at);
  if (known !== undefined && known <= to) return known;
  const m = lexicons.places.longestAt(text, at, to);
  if (!m) return -1;
  let end = m.end;
  if (end < to && LEVELS.includes(text[end]) && !LEVELS.includes(text[end - 1])) end++;
  // a bare short name (上饶) must be followed by its level to count as a jurisdiction here
  return LEVELS.includes(text[end - 1]) || m.kind < 3 ? end : -1;
}

/** Nouns (and 和, as in 人力资源和社会保障局) may stand between a place and the ending; verbs and particles not. */
function isDepartmentWord(pos: string, word: string): boolean {
  if (word === '和') return true;
  return /^(n|vn|an|j|b|zg|ng|nz|a|l)/.test(pos) && !/^(nr|ns)$/.test(pos);
}
