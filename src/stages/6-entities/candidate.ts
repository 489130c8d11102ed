/** What the model and the rules propose before overlaps are resolved, and the text they all look at. */
import type { EntityDraft } from '../../doc/analysis.js';
import type { TokenRange } from '../3-segment/index.js';
import type { EntityLexicons } from './lexicons.js';

/** The entity types this stage emits (places come from stage 5). */
export type NamedType = 'company' | 'organization' | 'government' | 'person' | 'position';

/** The types that name a body (a firm, an organisation, a government body), not a person or an office. */
export const BODY_TYPES: ReadonlySet<NamedType> = new Set(['company', 'organization', 'government']);

export interface Candidate {
  start: number;
  end: number;
  type: NamedType;
  source: 'model' | 'rule';
  confidence: number;
  /** Which wins an overlap: 3 (SURE_RULE) list, bracket and abbreviation rules, 2 government patterns, 1 the model. */
  priority: number;
  /** The full name this mention abbreviates, when it is an abbreviation (晶科 → 晶科能源). */
  fullName?: string;
}

/**
 * Priority of the rules that know a name's type from more than its ending: a list closed by 等N家企业, a legal form
 * around a bracket, an abbreviation of a firm named in full.
 */
export const SURE_RULE = 3;

/** The normalised text with its tokens, lexicons and stage-5 places, shared by the rules. */
export interface EntityContext {
  text: string;
  tokens: readonly TokenRange[];
  lexicons: EntityLexicons;
  /** Place drafts from stage 5 (type 'place'), in document order, possibly none. */
  places: readonly EntityDraft[];
  /** End of the longest stage-5 place starting at each position. */
  placeEnds: ReadonlyMap<number, number>;
}
