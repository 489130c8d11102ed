/**
 * One type per name in an article: a body the article names several times is one body, so every mention of it gets
 * the type with the most evidence (富士康 read as a company in a list of firms and as an organisation elsewhere;
 * 长三角国家技术创新中心 as a government body twice and an organisation once). Sentence by sentence the model and the
 * rules judge each mention alone; the article as a whole is the better judge, and its summary then lists the body
 * under one heading.
 */
import { BODY_TYPES, type Candidate, type NamedType } from '../candidate.js';

/**
 * Give, in place, every mention of a body the type whose mentions carry the most confidence in all; a tie keeps
 * the type of the first mention.
 *
 * @example
 * oneTypePerName([company('富士康', 0.52), organization('富士康', 0.42)], nameOf) // both company
 */
export function oneTypePerName(chosen: readonly Candidate[], nameOf: (c: Candidate) => string): void {
  const mentions = new Map<string, Candidate[]>();
  for (const c of chosen) {
    if (!BODY_TYPES.has(c.type)) continue;
    const name = nameOf(c);
    const list = mentions.get(name);
    if (list) list.push(c);
    else mentions.set(name, [c]);
  }
  for (const list of mentions.values()) {
    if (list.every((c) => c.type === list[0].type)) continue;
    const weight = new Map<NamedType, number>();
    for (const c of list) weight.set(c.type, (weight.get(c.type) ?? 0) + c.confidence);
    let best = list[0].type;
    for (const [type, w] of weight) if (w > (weight.get(best) ?? 0)) best = type;
    for (const c of list) c.type = best;
  }
}
