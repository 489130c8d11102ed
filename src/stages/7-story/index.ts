/**
 * Stage 7 — story. Needs: `text`, `layout`, `tokens`, `figures`, `entities` (places with code/level/path).
 * Adds: `summary` (focus, partners, platforms, names, places, key figures, industries, policies, mechanisms, key
 * sentences, keywords).
 */
import type { Analysis, SummaryDraft } from '../../doc/analysis.js';
import { contentWords } from './content-words.js';
import { findFocus } from './focus.js';
import { findIndustries } from './industries.js';
import { pickKeyFigures } from './key-figures.js';
import { pickKeySentences } from './key-sentences.js';
import { findKeywords } from './keywords.js';
import { findMechanisms } from './mechanisms.js';
import { bodyMentions, placeMentions } from './mentions.js';
import { distinctNames } from './names.js';
import { findPartners } from './partners.js';
import { countPlaces } from './places.js';
import { findPlatforms } from './platforms.js';
import { findPolicies } from './policies.js';

export { FOCUS_WEIGHTS } from './focus.js';
export { FIGURE_KIND_WEIGHT } from './key-figures.js';
export { KEY_SENTENCE_SETTINGS } from './key-sentences.js';
export { KEYWORD_SETTINGS } from './keywords.js';

/**
 * The story summary of an analysed article, positioned in the normalised text (buildDoc maps its ranges).
 *
 * @example
 * tellStory(analysis).focus // { name: '上饶市', code: '361100' }
 */
export function tellStory(unordered: Analysis): SummaryDraft {
  // the helpers search entities and figures by position: put them in document order once
  const byStart = <T extends { start: number; end: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start || b.end - a.end);
  const analysis: Analysis = { ...unordered, entities: byStart(unordered.entities), figures: byStart(unordered.figures) };
  const places = placeMentions(analysis);
  const { focus } = findFocus(analysis, places);
  const parties = [...places, ...bodyMentions(analysis)].sort((a, b) => a.start - b.start || b.end - a.end);
  const words = contentWords(analysis); // shared by key sentences and keywords
  return {
    focus: focus ? { name: focus.name, code: focus.code } : null,
    partners: findPartners(analysis, parties, focus),
    companies: distinctNames(analysis.entities, 'company'),
    organizations: distinctNames(analysis.entities, 'organization'),
    government: distinctNames(analysis.entities, 'government'),
    people: distinctNames(analysis.entities, 'person'),
    places: hasPlaceEntities(analysis) ? countPlaces(places) : [],
    platforms: findPlatforms(analysis),
    keyFigures: pickKeyFigures(analysis),
    industries: findIndustries(analysis),
    policies: findPolicies(analysis),
    mechanisms: findMechanisms(analysis),
    keySentences: pickKeySentences(analysis, words),
    keywords: findKeywords(analysis, words),
  };
}

/** Summary places come from the places stage only; jieba's place tokens just stand in for focus and partners. */
function hasPlaceEntities(analysis: Analysis): boolean {
  return analysis.entities.some((e) => e.type === 'place');
}
