import type { Analysis } from '../../doc/analysis.js';
import type { Range } from '../2-article/index.js';
import type { Summary } from '../../types.js';
import { splitClauses } from './clauses.js';
import {
  COOPERATION_WORDS,
  DIRECT_PARTNER_CUES,
  LIST_FILLERS,
  LIST_SEPARATORS,
  MAX_GAP_BEFORE_CUE,
  PARTY_CONJUNCTIONS,
  PLATFORM_SUFFIXES,
} from './cues.js';
import type { Mention } from './mentions.js';
import { firstStartingFrom } from './range-search.js';
import { termMatcher } from './term-matcher.js';

/** A platform also makes a clause about cooperation for a pair (X与Y的协同创新中心), not for a list. */
const cooperation = termMatcher([...COOPERATION_WORDS, ...PLATFORM_SUFFIXES]);
const cooperationWords = termMatcher(COOPERATION_WORDS);
const directCues = termMatcher(DIRECT_PARTNER_CUES);
const conjunctions = termMatcher(PARTY_CONJUNCTIONS);
const glue = termMatcher([...LIST_SEPARATORS, ...LIST_FILLERS]);
/** Characters a direct cue may be separated from its partner by: 对接融入长三角 (another cue), 加强与上海 (与). */
const MAX_CUE_GAP = 4;
/** Longest list of parties read as one: bounds the work on a clause of thousands of joined names. */
const MAX_CHAIN = 16;

/**
 * The regions and bodies the focus cooperates with, most often named as a partner first: parties after a direct
 * cue (对接/携手/结对/对口支援 X), and parties joined by 与/和/同 in a clause about cooperation (X与Y合作, 与X共建,
 * X与Y的协同创新中心). The focus itself, places inside it and places above it are left out; a partner district's
 * city or province is added when the article names it too (松江区 → 上海市).
 *
 * @example
 * findPartners(analysis, parties, focus).map((p) => p.name) // ['松江区', '上海市', '徐汇区']
 */
export function findPartners(analysis: Analysis, parties: readonly Mention[], focus: Mention | null): Summary['partners'] {
  const { text } = analysis;
  const votes = new Map<string, { mention: Mention; votes: number }>();
  const vote = (m: Mention, weight = levelWeight(m)) => {
    if (isFocusFamily(m, focus)) return;
    const seen = votes.get(m.key);
    if (seen) seen.votes += weight;
    else votes.set(m.key, { mention: m, votes: weight });
  };

  for (const sentence of analysis.layout.sentences) {
    if (sentence.role !== 'body') continue;
    for (const clause of splitClauses(text, sentence)) {
      const inClause: Mention[] = [];
      for (let i = firstStartingFrom(parties, clause.start); i < parties.length && parties[i].start < clause.end; i++) {
        if (parties[i].end <= clause.end) inClause.push(parties[i]);
      }
      if (inClause.length === 0) continue;
      for (const cue of directCues.find(text, clause.start, clause.end)) {
        const after = chainAfter(text, inClause, cue.end, MAX_CUE_GAP);
        after.forEach((m) => vote(m));
        // 上海市对口支援喀什: the party giving support or cooperation stands just before the cue
        const before = lastEndingBy(inClause, cue.start);
        if (after.length > 0 && before && cue.start - before.end <= MAX_GAP_BEFORE_CUE) vote(before);
      }
      const lastCooperation = cooperation.find(text, clause.start, clause.end).pop();
      if (!lastCooperation) continue;
      for (const conj of conjunctions.find(text, clause.start, lastCooperation.start)) {
        // X与Y合作: the cooperation word follows the pair (与X合作的广度和深度 pairs nothing)
        const previous = lastEndingBy(inClause, conj.start);
        const before = previous?.end === conj.start ? previous : undefined;
        const after = chainAfter(text, inClause, conj.end, 0).filter((m) => m.end <= lastCooperation.start);
        if (after.length === 0) continue;
        if (before) vote(before);
        after.forEach((m) => vote(m));
      }
      // 重庆、四川两地要紧密合作: a listed group that cooperates, each member a partner of the others
      const groupCooperation = cooperationWords.find(text, clause.start, clause.end).pop();
      for (let i = 0; groupCooperation && i < inClause.length; ) {
        const group = chainAfter(text, inClause, inClause[i].start, 0);
        if (group.length >= 2 && group[group.length - 1].end <= groupCooperation.start) group.forEach((m) => vote(m));
        i += Math.max(1, group.length);
      }
    }
  }

  addParents(votes, parties, focus);
  return [...votes.values()]
    .sort((a, b) => b.votes - a.votes || a.mention.start - b.mention.start)
    .map(({ mention }) => ({ name: mention.name, code: mention.code, type: mention.type }));
}

/** The parties listed from `from` on: the first within `maxGap` characters, then each joined by 、/和/等地… */
function chainAfter(text: string, parties: readonly Mention[], from: number, maxGap: number): Mention[] {
  const chain: Mention[] = [];
  let at = from;
  for (let k = firstStartingFrom(parties, from); k < parties.length && chain.length < MAX_CHAIN; k++) {
    const p = parties[k];
    if (p.start < at) continue;
    const gap: Range = { start: at, end: p.start };
    const ok = chain.length === 0 ? gap.end - gap.start <= maxGap && isCueGap(text, gap) : isGlue(text, gap);
    if (!ok) break;
    chain.push(p);
    at = p.end;
  }
  return chain;
}

/** Macro-regions and countries are context more often than partners (融入长三角): their votes count half. */
function levelWeight(m: Mention): number {
  return m.level === 'macro-region' || m.level === 'country' ? 0.5 : 1;
}

/** The last party that ends at or before `offset` (parties in document order). */
function lastEndingBy(parties: readonly Mention[], offset: number): Mention | undefined {
  let k = firstStartingFrom(parties, offset) - 1;
  while (k >= 0 && parties[k].end > offset) k--;
  return k >= 0 ? parties[k] : undefined;
}

/** Between a direct cue and its partner only other cue words may stand: 对接融入长三角, 加强与上海. */
function isCueGap(text: string, gap: Range): boolean {
  let at = gap.start;
  while (at < gap.end) {
    const word = directCues.matchAt(text, at, gap.end) ?? conjunctions.matchAt(text, at, gap.end);
    if (!word) return false;
    at += word.length;
  }
  return true;
}

/** Whether a gap between two parties is only list separators and fillers (empty counts: 上海市松江区). */
function isGlue(text: string, gap: Range): boolean {
  let at = gap.start;
  while (at < gap.end) {
    const word = glue.matchAt(text, at, gap.end);
    if (!word) return false;
    at += word.length;
  }
  return true;
}

/** The focus, places inside it and places that contain it are not its partners. */
function isFocusFamily(m: Mention, focus: Mention | null): boolean {
  if (!focus) return false;
  return m.key === focus.key || m.path.includes(focus.name) || focus.path.slice(0, -1).includes(m.name);
}

/** A partner district's city or province is a partner too when the article mentions it as a place. */
function addParents(votes: Map<string, { mention: Mention; votes: number }>, parties: readonly Mention[], focus: Mention | null): void {
  const mentioned = new Map(parties.filter((p) => p.type === 'place').map((p) => [p.name, p]));
  for (const { mention } of [...votes.values()]) {
    for (const name of mention.path.slice(0, -1)) {
      const parent = mentioned.get(name);
      if (parent && !votes.has(parent.key) && !isFocusFamily(parent, focus)) votes.set(parent.key, { mention: parent, votes: 0.5 });
    }
  }
}
