import { isWithin, type Place } from './gazetteer.js';
import type { Mention } from './match.js';

/**
 * Choose one place for every mention, in order of evidence: the only candidate ('unique'); a parent written right
 * before it, 南京市鼓楼区 or 吉林长春 ('explicit-parent'); the other places of the document ('document-context');
 * else the best-known candidate ('prominence'). Sets `place` and `resolvedBy` on each mention and returns the
 * mentions kept: weak short forms (see `Mention.weak`) with no related place in the document are dropped.
 *
 * @example
 * // 福州鼓楼区: 鼓楼区 has four candidates; 福州 right before it picks 350102
 */
export function resolveMentions(text: string, found: readonly Mention[]): Mention[] {
  for (const m of found) if (m.candidates.length === 1) settle(m, m.candidates[0], 'unique');
  byExplicitParent(found);
  const firm = [...countPlaces(found.filter((m) => !m.weak)).keys()];
  const near = new Map<Place, boolean>(); // whether a candidate is near a firm place, computed once
  const isNear = (c: Place): boolean => {
    let yes = near.get(c);
    if (yes === undefined) near.set(c, (yes = firm.some((p) => closeness(c, p) >= 0.5)));
    return yes;
  };
  const mentions = found.filter((m) => !m.weak || m.resolvedBy === 'explicit-parent' || keepWeak(m, isNear));
  const known = countPlaces(mentions.filter((m) => !m.weak));
  const scores = new Map<string, number>(); // context score of a candidate among its rivals, computed once
  // a form the document resolved by an explicit parent elsewhere means the same here, unless it was resolved two ways
  const sameForm = new Map<string, Place | null>();
  for (const m of mentions) {
    if (m.resolvedBy !== 'explicit-parent' || m.weak) continue;
    const form = text.slice(m.start, m.end);
    const before = sameForm.get(form);
    sameForm.set(form, before === undefined || before === m.place ? m.place! : null);
  }
  for (const m of mentions) {
    if (m.place) continue;
    const earlier = sameForm.get(text.slice(m.start, m.end));
    const chosen = earlier && m.candidates.includes(earlier) ? earlier : byContext(m.candidates, known, scores);
    if (chosen) settle(m, chosen, 'document-context');
    else settle(m, byProminence(m.candidates), 'prominence');
  }
  return mentions;
}

/** How often each resolved place is mentioned: context is scored per distinct place, so it stays linear. */
function countPlaces(mentions: readonly Mention[]): Map<Place, number> {
  const counts = new Map<Place, number>();
  for (const m of mentions) if (m.place) counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
  return counts;
}

/** A weak short form (资源/n) stays only if a firm place of the document is its city, province or neighbour. */
function keepWeak(weak: Mention, isNear: (c: Place) => boolean): boolean {
  const near = weak.candidates.filter(isNear);
  if (near.length === 0) return false;
  weak.candidates = near;
  weak.place = undefined;
  if (near.length === 1) settle(weak, near[0], 'document-context');
  return true;
}

function settle(m: Mention, place: Place, how: string): void {
  m.place = place;
  m.resolvedBy = how;
}

/** Adjacent pairs where the first holds the second (上海市松江区, 福州鼓楼区, 吉林长春) narrow each other. */
function byExplicitParent(mentions: readonly Mention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const outer = mentions[k - 1];
    const inner = mentions[k];
    if (outer.end !== inner.start) continue;
    const held = inner.candidates.filter((c) => outer.candidates.some((a) => a !== c && isWithin(c, a)));
    if (held.length === 0) continue;
    const holders = outer.candidates.filter((a) => held.some((c) => a !== c && isWithin(c, a)));
    narrow(inner, held);
    narrow(outer, holders);
  }
}

function narrow(m: Mention, candidates: Place[]): void {
  if (m.place || candidates.length === m.candidates.length) return;
  m.candidates = candidates;
  if (candidates.length === 1) settle(m, candidates[0], 'explicit-parent');
}

/**
 * The candidate closest in the division tree to the places already known, if one is strictly closest. A county
 * named like its own city (长沙县 in 长沙市) never wins on context: a bare 长沙 is the city. A candidate below the
 * best-known one's level (河南蒙古族自治县 against 河南省) needs at least one parent or child in the document.
 * A bare 吉林 in an article on 吉林市 and its 丰满区 is the city; in one on 长春 and 延边 it is the province.
 */
function byContext(all: readonly Place[], known: ReadonlyMap<Place, number>, scores: Map<string, number>): Place | null {
  const candidates = all.filter((c) => c.level !== 'district' || !all.some((a) => a !== c && isWithin(c, a)));
  const top = byProminence(candidates);
  const setKey = candidates.map((c) => c.id).join(',');
  let best: Place | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    const key = `${c.id}:${setKey}`;
    let score = scores.get(key);
    if (score === undefined) {
      // places inside a candidate held by this one (吉林市, 丰满区 for 吉林省 against 吉林市) speak for the inner one
      const inner = candidates.filter((d) => d !== c && isWithin(d, c));
      score = 0;
      for (const [place, count] of known) {
        if (!inner.some((d) => isWithin(place, d))) score += count * closeness(c, place);
      }
      scores.set(key, score);
    }
    if (c !== top && rank(c) < rank(top) && score < 1) continue;
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

const RANKS: Record<string, number> = { country: 4, 'macro-region': 4, province: 3, city: 2, district: 1, zone: 1, town: 0 };

function rank(place: Place): number {
  return RANKS[place.level] ?? 0;
}

/** 1 / (steps between a and b in the division tree); 0 when they share no province or are the same place. */
function closeness(a: Place, b: Place): number {
  if (a === b) return 0;
  const up = new Map<Place, number>();
  let steps = 0;
  for (let p: Place | null = a; p; p = p.parent) up.set(p, steps++);
  steps = 0;
  for (let p: Place | null = b; p; p = p.parent, steps++) {
    const fromA = up.get(p);
    if (fromA !== undefined) return 1 / (fromA + steps);
  }
  return 0;
}

/** The best-known candidate: a province before a city, a capital's district before another's, then by code. */
function byProminence(candidates: readonly Place[]): Place {
  return candidates.reduce((best, c) =>
    c.prominence > best.prominence || (c.prominence === best.prominence && (c.code ?? '') < (best.code ?? '')) ? c : best,
  );
}
