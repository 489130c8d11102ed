/**
 * Bodies named again: an article that names a company, organisation or government body once with some confidence
 * means the same body wherever the name comes back (苹果、富士康等厂商 … 富士康已经在成都建厂), though the model, reading
 * each sentence alone, may miss the later mentions.
 */
import { BODY_TYPES, type Candidate, type EntityContext } from '../candidate.js';
import { otherMentions, type MentionOf } from './mentions.js';

/** A model mention below this confidence is not sure enough to be copied over the article. */
const MIN_CONFIDENCE = 0.5;
/** At most this many names are looked for per document (each costs one scan of the text). */
const MAX_NAMES = 200;

/**
 * The uncovered, word-aligned later (or earlier) mentions of the bodies chosen, each with the type and confidence
 * of the name's most confident mention. Run after the article's mentions agree on a type (oneTypePerName).
 *
 * @example
 * repeatedNames(context, chosen) // [{ …富士康 of 富士康已经在成都建厂, type: 'company', source: 'rule' }]
 */
export function repeatedNames(context: EntityContext, chosen: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of chosen) {
    if (!BODY_TYPES.has(c.type) || c.end - c.start < 2 || (c.source === 'model' && c.confidence < MIN_CONFIDENCE)) continue;
    const name = context.text.slice(c.start, c.end);
    const seen = best.get(name);
    if (seen ? c.confidence > seen.confidence : best.size < MAX_NAMES) best.set(name, c);
  }
  const mentions = new Map<string, MentionOf>();
  for (const [name, c] of best) {
    mentions.set(name, { type: c.type, source: 'rule', confidence: c.confidence, priority: c.priority, ...(c.fullName ? { fullName: c.fullName } : {}) });
  }
  return otherMentions(context, chosen, mentions);
}
