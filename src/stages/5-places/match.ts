import type { Range } from '../2-article/index.js';
import { isWithin, type FormEntry, type Gazetteer, type Place } from './gazetteer.js';
import type { TokenRange } from '../3-segment/index.js';
import type { PlaceScan } from './scan.js';
import type { TokenIndex } from './tokens.js';

/** A gazetteer form found in the text, with every place it may name (resolved later). */
export interface Mention extends Range {
  candidates: Place[];
  /** The canonical full name (上饶市) rather than a short or Traditional form (上饶). */
  canonical: boolean;
  /**
   * A short form of a county-level place that jieba tags as an ordinary word here (常熟/a, 房山/n) or cuts in two:
   * kept only when the document names a place close to it (its city or province, a neighbour).
   */
  weak: boolean;
  /** Set by resolution: the place chosen and how. */
  place?: Place;
  resolvedBy?: string;
}

/**
 * Every acceptable gazetteer form in the sentences, left to right, longest first, without overlaps. A form must be a
 * whole word by jieba's tokens (中山大学, 大连湾 and 五大连池市 hold no place), or a piece of a place token that
 * splits wholly into place names (浙江海宁). Forms on the common-word list (资源, 西湖) need a parent right before.
 *
 * @example
 * // with the tokens of '中山大学与上饶合作': only 上饶 (3–5) is found
 */
export function findMentions(scan: PlaceScan): Mention[] {
  const { text, sentences, tokens, gazetteer } = scan;
  const out: Mention[] = [];
  const pieces = gluedPieces(text, gazetteer);
  for (const sentence of sentences) {
    let i = sentence.start;
    while (i < sentence.end) {
      const possible = gazetteer.trie.mayStartAt(text, i) && tokens.covering(i) !== null;
      const found = possible ? matchAt(text, i, sentence.end, tokens, gazetteer, pieces, out) : null;
      if (found) {
        out.push(found);
        i = found.end;
      } else i++;
    }
  }
  return out;
}

function matchAt(
  text: string,
  at: number,
  limit: number,
  tokens: TokenIndex,
  gazetteer: Gazetteer,
  pieces: (token: TokenRange) => ReadonlySet<number> | null,
  before: readonly Mention[],
): Mention | null {
  const matches = gazetteer.trie.matchesAt(text, at, limit);
  if (matches.length === 0) return null;
  // inside a word only a glued place token (浙江海宁) can hold a place
  if (!tokens.mayCutAt(at) && pieces(tokens.covering(at)!)?.has(at) !== true) return null;
  const previous = before.at(-1);
  for (const { end, value: entry } of matches) {
    if (text.charCodeAt(end - 1) === CITY && text.charCodeAt(end) === FIELD) continue; // 吉林市场 is 吉林 + 市场
    const whole = entry.canonical
      ? tokens.mayCutAt(at) && tokens.mayCutAt(end)
      : tokens.startsAt(at) && tokens.endsAt(end);
    const piece = !whole && isPieceOfPlaceToken(at, end, tokens, pieces);
    if (!whole && !piece) continue;
    // a parent right before vouches for any form: 福州鼓楼, 阳泉市城区
    const afterParent = previous?.end === at && holdsAny(previous.candidates, entry.places);
    let strength = afterParent ? 'name' : formStrength(entry, at, end, tokens);
    if (piece && strength !== 'word') strength = 'name';
    if (strength === 'word') continue;
    return { start: at, end, candidates: [...entry.places], canonical: entry.canonical, weak: strength === 'weak' };
  }
  return null;
}

const CITY = '市'.charCodeAt(0);
const FIELD = '场'.charCodeAt(0);

/** jieba's tags for names: place, person, other proper noun, abbreviation, unknown word. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt', 'j', 'x']);

/**
 * How much a form standing alone looks like a name (canonical full names do, unless common words): 'name'; 'weak' (a county-level place that jieba reads
 * as a noun or adjective: needs a nearby place in the document); 'word' (not a place here).
 */
function formStrength(entry: FormEntry, start: number, end: number, tokens: TokenIndex): 'name' | 'weak' | 'word' {
  if (entry.common) return 'word';
  if (entry.canonical) return 'name';
  const { form, places } = entry;
  const token = tokens.covering(start);
  if (!token || token.start !== start) return 'word';
  const single = token.end === end;
  // cities and provinces are what news names by short form: 合肥/n, 保定/v and 大连/d are still the cities
  const big = places.some((p) => p.level !== 'district' && p.level !== 'town');
  if (!big && afterSurname(start, tokens)) return 'word'; // 朱长岭 is a person, not 长岭县
  if (single && NAME_TAGS.has(token.pos)) return 'name';
  if (single) return big ? 'name' : 'weak';
  return form.length >= 3 || big ? 'name' : 'weak'; // 吉/林 cut in two is still the province
}

/** Whether one of `outer` holds one of `inner`: 福州 before 鼓楼, not 黄石 before 合作. */
function holdsAny(outer: readonly Place[], inner: readonly Place[]): boolean {
  return inner.some((c) => outer.some((a) => a !== c && isWithin(c, a)));
}

/** A one-character person-name token right before: jieba's cut of a name like 朱长岭 into 朱 / 长岭. */
function afterSurname(start: number, tokens: TokenIndex): boolean {
  const before = tokens.covering(start - 1);
  return before !== null && before.end === start && before.end - before.start === 1 && before.pos.startsWith('nr');
}

/** Longest token worth splitting into places (新疆维吾尔自治区乌鲁木齐市 is 13 characters). */
const MAX_GLUED = 24;

/**
 * jieba sometimes glues places into one token (浙江海宁/ns, 吉林长春/nr): accept a piece of such a token when the
 * whole token splits, longest-first, into two or more gazetteer forms with a boundary at both ends of the piece.
 */
function isPieceOfPlaceToken(
  start: number,
  end: number,
  tokens: TokenIndex,
  pieces: (token: TokenRange) => ReadonlySet<number> | null,
): boolean {
  const token = tokens.covering(start);
  if (!token || end > token.end || (token.start === start && token.end === end)) return false;
  const cuts = pieces(token);
  return cuts !== null && cuts.has(start) && cuts.has(end);
}

/** Per analysis: the cuts that split a token wholly into gazetteer forms, or null; worked out once per token. */
function gluedPieces(text: string, gazetteer: Gazetteer): (token: TokenRange) => ReadonlySet<number> | null {
  const cache = new Map<TokenRange, ReadonlySet<number> | null>();
  return (token) => {
    let cuts = cache.get(token);
    if (cuts !== undefined) return cuts;
    cuts = null;
    if (token.end - token.start <= MAX_GLUED) {
      const found = new Set<number>([token.start]);
      let i = token.start;
      while (i < token.end) {
        const next = gazetteer.trie.matchesAt(text, i, token.end)[0];
        if (next === undefined) break;
        found.add((i = next.end));
      }
      if (i === token.end && found.size > 2) cuts = found; // two or more pieces
    }
    cache.set(token, cuts);
    return cuts;
  };
}
