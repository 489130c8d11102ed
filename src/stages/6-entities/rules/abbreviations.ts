/**
 * Abbreviations linked to full names: a company named in full once (晶科能源, 上海凌鹊卫星, 奥特斯(AT&S)) is often
 * called by its core later (晶科, 凌鹊, 奥特斯). The core is the name without brackets, a leading place and trailing
 * company endings; later mentions of it become companies whose `fullName` is the full name.
 */
import { SURE_RULE, type Candidate, type EntityContext } from '../candidate.js';
import { isPlaceOrGeneric, looksLikeProperName } from '../filters.js';
import { otherMentions, type MentionOf } from './mentions.js';

const CONFIDENCE = 0.75;
/** At most this many full names are looked for per document (each costs one scan of the text). */
const MAX_NAMES = 200;

/**
 * The core of a company name, or null when stripping leaves nothing distinctive.
 *
 * @example
 * coreName(context, '晶科能源') // '晶科'
 * coreName(context, '上海电气') // null: 电气 alone is an ending, not a name
 */
export function coreName(context: EntityContext, name: string): string | null {
  const { lexicons } = context;
  let core = withoutBrackets(name);
  const place = lexicons.places.longestAt(core, 0, core.length);
  if (place && core.length - place.end >= 2) core = core.slice(place.end);
  for (;;) {
    const ending = lexicons.suffixes.longestEndingAt(core, core.length, 0);
    if (!ending || ending.kind !== 0 || ending.start < 2) break;
    core = core.slice(0, ending.start);
  }
  if (core.length < 2 || core === name || lexicons.suffixes.has(core) || lexicons.places.has(core)) return null;
  const probe: EntityContext = { ...context, text: core, tokens: [], placeEnds: new Map() };
  return isPlaceOrGeneric(probe, 0, core.length) ? null : core;
}

/**
 * Link abbreviations: mark chosen companies whose text is the core of another company's full name (a person or
 * organisation the model saw there becomes that company), and add the core's other mentions in the text that no
 * entity covers yet (token-aligned, so 晶科 in 晶科技 is not one).
 *
 * @example
 * linkAbbreviations(context, chosen) // [{ …晶科, type: 'company', fullName: '晶科能源' }]
 */
export function linkAbbreviations(context: EntityContext, chosen: Candidate[], names: (c: Candidate) => string): Candidate[] {
  const full = new Map<string, string>();
  for (const c of chosen) {
    if (c.type !== 'company' || full.size >= MAX_NAMES) continue;
    const name = names(c);
    const core = coreName(context, name);
    if (core && !full.has(core) && isProperInside(context, c, core)) full.set(core, name);
  }
  if (full.size === 0) return [];
  for (const c of chosen) {
    const linked = full.get(names(c));
    if (!linked) continue;
    // the document names this firm in full elsewhere: a model guess of person or organisation gives way
    if (c.type === 'person' || c.type === 'organization') c.type = 'company';
    if (c.type === 'company') c.fullName = linked;
  }
  const mentions = new Map<string, MentionOf>();
  for (const [core, name] of full) mentions.set(core, { type: 'company', source: 'rule', confidence: CONFIDENCE, priority: SURE_RULE, fullName: name });
  return otherMentions(context, chosen, mentions);
}

/** Whether the core, where it sits inside the full name's mention, is made of proper words (晶科/x, not 城市/n). */
function isProperInside(context: EntityContext, mention: Candidate, core: string): boolean {
  const at = context.text.indexOf(core, mention.start);
  return at !== -1 && at + core.length <= mention.end && looksLikeProperName(context, at, at + core.length);
}

function withoutBrackets(name: string): string {
  let out = '';
  let depth = 0;
  for (const ch of name) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}
