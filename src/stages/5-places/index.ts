/**
 * Stage 5 — places. Needs: normalised `text`, `sentences`, `tokens`. Adds: `entities` of type 'place' resolved to
 * GB/T 2260 codes with level, path and how each was resolved (gazetteer match, then disambiguation).
 */
import type { Analysis, EntityDraft } from '../../doc/analysis.js';
import { findAbbreviationRuns } from './abbreviations.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import { findMentions, type Mention } from './match.js';
import { resolveMentions } from './resolve.js';
import type { PlaceScan } from './scan.js';
import { indexTokens } from './tokens.js';
import { findTowns } from './towns.js';
import { addBareZones, widenToZones } from './zones.js';

export { loadGazetteer, isWithin, type Place, type Town, type Gazetteer } from './gazetteer.js';
export { lookupPlace, placeNames, type PlaceInfo } from './lookup.js';

/** How sure each way of resolving is: a canonical unique name is near certain, a guess by prominence is not. */
const CONFIDENCE: Record<string, number> = {
  unique: 0.95,
  'explicit-parent': 0.9,
  'document-context': 0.75,
  prominence: 0.6,
};

/**
 * The places of an article as entity drafts, in document order.
 *
 * @example
 * // runPipeline calls it after segmentation; through the public API:
 * analyze('上饶与上海市松江区合作').entities.map((e) => [e.name, e.code, e.resolvedBy])
 * // [['上饶市', '361100', 'unique'], ['上海市', '310000', 'unique'], ['松江区', '310117', 'unique']]
 */
export function findPlaces(analysis: Analysis): EntityDraft[] {
  const { text } = analysis;
  const tokens = indexTokens(analysis.tokens, text.length);
  const scan: PlaceScan = { text, sentences: analysis.layout.sentences, tokens, gazetteer: loadGazetteer() };
  const mentions = findAbbreviationRuns(scan, findMentions(scan));
  const resolved = resolveMentions(text, mentions);
  const zoned = addBareZones(text, analysis.tokens, widenToZones(text, resolved, tokens));
  const all = findTowns(scan, zoned);
  return all.map((m) => toDraft(m, m.place!));
}

function toDraft(m: Mention, place: Place): EntityDraft {
  let confidence = CONFIDENCE[m.resolvedBy ?? 'prominence'] ?? 0.6;
  if (!m.canonical && m.resolvedBy === 'unique') confidence = 0.85;
  return {
    type: 'place',
    start: m.start,
    end: m.end,
    name: place.name,
    source: 'gazetteer',
    confidence,
    code: place.code,
    level: place.level,
    path: [...place.path],
    resolvedBy: m.resolvedBy,
  };
}
