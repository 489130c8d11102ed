/**
 * Stage 6 — entities. Needs: normalised `text`, `sentences`, `tokens`, and stage 5's place drafts in `entities`.
 * Adds: company, organization, government, person and position drafts (trained model + news rules); marks
 * place drafts lying inside a company name as `within: 'company'` (江西 in 江西金丰药业 belongs to the company).
 */
import type { Analysis, EntityDraft } from '../../doc/analysis.js';
import type { TokenRange } from '../3-segment/index.js';
import { BODY_TYPES, type Candidate, type EntityContext, type NamedType } from './candidate.js';
import {
  endsInNonBody,
  endsInsideWord,
  firmNameParts,
  isAcronym,
  isCountedClass,
  isLoneCharacter,
  isNameAroundPlace,
  isOneCommonNoun,
  isPlaceOrGeneric,
  isProductName,
  isShortCommonWord,
  isStandardCode,
  isTypeDesignation,
  isVetoedByModel,
  nameEnd,
  opensWithPlaceWord,
  overlapsPlace,
  startsWithEnumeration,
  withoutStrayBrackets,
} from './filters.js';
import { MODEL_TYPES, type ModelType } from './labels.js';
import { entityLexicons } from './lexicons.js';
import { loadModel, type NerModel } from './model.js';
import { lexiconsOf, modelSpans } from './model-spans.js';
import { takeModelStarts } from './model-starts.js';
import { takeModelTypes } from './model-types.js';
import { cleanName } from './names.js';
import { resolveOverlaps } from './resolve.js';
import { linkAbbreviations } from './rules/abbreviations.js';
import { withBranch } from './rules/branches.js';
import { completeNames } from './rules/complete-names.js';
import { bracketedNames, withLatinBracket } from './rules/brackets.js';
import { governmentBodies } from './rules/government.js';
import { listedNames } from './rules/lists.js';
import { namedBodies } from './rules/named-bodies.js';
import { oneTypePerName } from './rules/one-type-per-name.js';
import { repeatedNames } from './rules/repeated-names.js';
import { withPlacePrefix } from './rules/place-prefix.js';
import { leadingPersonEnd, titleStart, tokenIndexAt } from './tokens.js';

export { coreName } from './rules/abbreviations.js';
export { MODEL_TYPES } from './labels.js';

/** Model types this stage reports, and under which name (CLUENER's `name` is a person). */
const REPORTED: Partial<Record<ModelType, NamedType>> = {
  company: 'company',
  organization: 'organization',
  government: 'government',
  name: 'person',
  position: 'position',
};
/** Model types decoded into scored spans: the reported ones. */
const DECODED = new Set(Object.keys(REPORTED) as ModelType[]);
/** Model types decoded into bare spans (no confidence): address and other (scenes, works) veto a rule's body. */
const NOT_BODIES = new Set<ModelType>(MODEL_TYPES.filter((t) => !(t in REPORTED)));
/** Model confidence from which a one-word name of two characters stands (招行, 意甲, 法院). */
const SURE_OF_SHORT_WORD = 0.62;
/** Model confidence from which a name ending inside one of jieba's words stands. */
const SURE_OF_CUT_WORD = 0.5;
/** Model confidence from which a person opening with a place word stands (on a training fold, 10 of 12 below it were wrong). */
const SURE_OF_PLACE_WORD = 0.6;
/** Model confidence from which a surname and a given name read as a place stand as a person (胡金华: 0.78–0.91 on a training fold). */
const SURE_OF_NAME_AROUND_PLACE = 0.7;
/** Confidence of a person jieba's dictionary names at the head of a title the model read as one (习近平总书记). */
const PERSON_BEFORE_TITLE = 0.8;
/** Longest title read as a headline; a longer "title" is a page without line breaks, searched for nothing. */
const MAX_HEADLINE = 200;

/**
 * The analysis' entities with this stage's added, found with `model` (by default the shipped one): places from stage 5 (those inside company names marked) and
 * companies, organisations, government bodies, people and positions, in document order.
 *
 * @example
 * recognizeEntities(analysis).filter((e) => e.type === 'government').map((e) => e.name) // ['上饶市科技局']
 */
export function recognizeEntities(analysis: Analysis, model: NerModel = loadModel()): EntityDraft[] {
  const { text, tokens } = analysis;
  const places = analysis.entities.filter((e) => e.type === 'place').sort((a, b) => a.start - b.start); // in order: searched by position
  const placeEnds = new Map<number, number>();
  for (const p of places) placeEnds.set(p.start, Math.max(placeEnds.get(p.start) ?? p.end, p.end));
  // once per article, not per sentence: the lexicons with the model's own entity lexicon
  const context: EntityContext = { text, tokens, lexicons: lexiconsOf(model, entityLexicons()), places, placeEnds };

  const chosen: Candidate[] = [];
  const headline = analysis.layout.paragraphs.find((p) => p.role === 'title' && p.end - p.start <= MAX_HEADLINE);
  for (const sentence of analysis.layout.sentences) {
    const { start: from, end: to } = sentence;
    let found: Candidate[] = [];
    const notBodies = new Map<string, ModelType>();
    for (const s of modelSpans(model, context.lexicons, text, from, to, sentenceTokens(tokens, from, to), DECODED, NOT_BODIES)) {
      const type = REPORTED[s.type];
      if (!type) {
        notBodies.set(`${s.start}:${s.end}`, s.type);
        continue;
      }
      let start = BODY_TYPES.has(type) ? withPlacePrefix(context, s.start, from) : type === 'position' ? titleStart(text, tokens, s.start, s.end) : s.start;
      if (type === 'position') {
        // 习近平总书记 read as one title: the person jieba knows comes first, then the title
        // (not a place jieba also knows as a name: 阳新/nr is the county of 阳新县委书记)
        const named = placeEnds.has(start) ? start : leadingPersonEnd(text, tokens, context.lexicons.surnames, start, s.end);
        if (named > start) found.push({ start, end: named, type: 'person', source: 'rule', confidence: PERSON_BEFORE_TITLE, priority: 1 });
        start = named;
        if (s.end - start < 2) continue;
      }
      const [first, last] = withoutStrayBrackets(text, start, type === 'person' ? nameEnd(text, start, s.end) : s.end);
      found.push({ start: first, end: last, type, source: 'model', confidence: s.confidence, priority: 1 });
    }
    for (const rule of [governmentBodies, namedBodies]) for (const c of rule(context, from, to)) found.push(c);
    for (const c of listedNames(context, from, to, found)) found.push(c);
    for (const c of bracketedNames(context, from, to, found)) found.push(c);
    found = found.filter((c) => !isVetoedByModel(text, c, notBodies));
    takeModelStarts(context, found);
    takeModelTypes(text, found);
    const inHeadline = headline !== undefined && sentence.start >= headline.start && sentence.end <= headline.end;
    const sane = found.filter((c) => isSane(context, c) && (!inHeadline || isBorneOut(text, c, headline.end)));
    let reach = from;
    for (const c of resolveOverlaps(sane)) {
      if (c.start < reach) continue; // swallowed by the bracket of the name before it
      if (c.type === 'company') c.end = withBranch(context, c.end);
      if (c.type === 'company' || c.type === 'organization' || c.type === 'person') {
        const latin = withLatinBracket(text, c.end);
        // 奥特斯(AT&S): a firm keeps its Latin name, and people have no acronyms; a person's romanised name in
        // brackets is a name of its own (沃尔贝克(gertjanverbeek)), as CLUENER labels it and later mentions read
        if (c.type !== 'person' || latin.acronym) c.end = latin.end;
        if (latin.acronym && c.type === 'person') c.type = 'company';
      }
      reach = c.end;
      chosen.push(c);
    }
  }
  const nameOf = (c: Candidate) => cleanName(text.slice(c.start, c.end));
  // a "person" that is part of a firm's name elsewhere in the article was read out of it (协鑫光 of 协鑫光伏)
  const firmParts = firmNameParts(chosen.filter((c) => c.type === 'company').map(nameOf));
  const people = chosen.filter((c) => c.type !== 'person' || !firmParts.has(nameOf(c)));
  completeNames(text, people);
  const mentioned = [...people, ...linkAbbreviations(context, people, nameOf)];
  oneTypePerName(mentioned, nameOf);
  const all = [...mentioned, ...repeatedNames(context, mentioned)].sort((a, b) => a.start - b.start);

  const companies = all.filter((c) => c.type === 'company');
  // a place inside a person that stood is the person's given name (金华 of 胡金华)
  const persons = all.filter((c) => c.type === 'person');
  const markedPlaces = places.filter((p) => !isInside(persons, p)).map((p): EntityDraft => (isInside(companies, p) ? { ...p, within: 'company' } : p));
  const named: EntityDraft[] = all.map((c) => ({
    type: c.type,
    start: c.start,
    end: c.end,
    name: c.fullName ?? nameOf(c),
    source: c.source,
    confidence: c.confidence,
  }));
  const others = analysis.entities.filter((e) => e.type !== 'place');
  return [...others, ...markedPlaces, ...named].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * No body that is a bare place or generic word, a counted class (五大发电集团) or ends in a word naming no body
 * (国家发展大局, 英超主队, 会议中心); no person that is or overlaps a place (黄石, 雄安 of 雄安新区; but 胡金华 holding
 * 金华 may stand), a product (iPhone) or an acronym (LED); no name opening with a point of an enumeration (三是新能源)
 * and no type designation (N型TOPCon) or standard (4K); no body of one character outside a list (布); no lone common
 * word, and no firm the model reads out of one common noun (热电厂).
 */
function isSane(context: EntityContext, c: Candidate): boolean {
  if (c.type === 'position') return true;
  if (isPlaceOrGeneric(context, c.start, c.end, c.type) || startsWithEnumeration(context.text, c.start)) return false;
  if (isTypeDesignation(context.text, c.start, c.end) || isStandardCode(context.text, c.start, c.end)) return false;
  if (c.type !== 'person' && isLoneCharacter(context.text, c.start, c.end)) return false;
  if (c.type === 'person' && (isProductName(context.text, c.start, c.end) || isAcronym(context.text, c.start, c.end))) return false;
  // a person is no place nor runs into one, unless a confident model reads a surname and a given name that stage 5
  // took for a place (胡金华)
  if (c.type === 'person' && overlapsPlace(context, c.start, c.end)) {
    if (c.confidence < SURE_OF_NAME_AROUND_PLACE || !isNameAroundPlace(context, c.start, c.end)) return false;
  }
  if (c.type !== 'person' && (isCountedClass(context.text, c.start, c.end) || endsInNonBody(context, c.end))) return false;
  if (c.source !== 'model') return true;
  // a person opening with a word jieba knows as a place (黄河, 黄河水, 古罗马) needs a confident model
  if (c.type === 'person' && c.confidence < SURE_OF_PLACE_WORD && opensWithPlaceWord(context.tokens, c.start, c.end)) return false;
  // a name the model ends inside a word needs a confident model (农村居 of 农村居民 came with 0.41)
  if (c.confidence < SURE_OF_CUT_WORD && endsInsideWord(context, c.end)) return false;
  // a short common word needs a confident model: 招行, 意甲 come with 0.7–0.98; 交通, 民生 in news with 0.4–0.61 —
  // but not a government body: CLUENER2020 labels 警方, 法院, 海军 and 中央 so, and on its three training folds the
  // filter dropped 20 right ones and 15 wrong
  if (c.type !== 'government' && c.confidence < SURE_OF_SHORT_WORD && isShortCommonWord(context, c.start, c.end)) return false;
  return !(c.type === 'company' && isOneCommonNoun(context, c.start, c.end));
}

/**
 * A firm found in a title stands only if the article names it again after the title: headlines play with words
 * (催开科技花 is "making technology blossom", not a firm called 催开科技), news bodies name their firms.
 */
function isBorneOut(text: string, c: Candidate, headlineEnd: number): boolean {
  return c.type !== 'company' || text.indexOf(text.slice(c.start, c.end), headlineEnd) !== -1;
}

/** The tokens of text[from, to). */
function sentenceTokens(tokens: readonly TokenRange[], from: number, to: number): readonly TokenRange[] {
  const first = tokenIndexAt(tokens, from);
  let last = first;
  while (last < tokens.length && tokens[last].start < to) last++;
  return tokens.slice(first, last);
}

/** Whether a place lies strictly inside one of the (sorted, non-overlapping) names. */
function isInside(names: readonly Candidate[], place: EntityDraft): boolean {
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start <= place.start) lo = mid + 1;
    else hi = mid;
  }
  const c = names[lo - 1];
  return c !== undefined && place.end <= c.end && c.end - c.start > place.end - place.start;
}
