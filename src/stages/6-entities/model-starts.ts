/** Where a name starts when a rule and the model end it alike but the model starts it earlier. */
import { BODY_TYPES, SURE_RULE, type Candidate, type EntityContext } from './candidate.js';
import { nameStartBefore, tokenIndexAt } from './tokens.js';

/**
 * A rule body (an ending and the words before it) that the model reads as part of a longer name with the same end
 * takes the model's start: the model saw opening words the rule's walk back stopped short of (美国|国防部,
 * 伟业顾问|北京公司, 民生加银|基金公司). On the three folds of CLUENER2020's training split the model's longer start
 * was right 55 times and the rule's 9. The words the model adds must be ones a name is made of (not 如 of
 * 如神华新疆公司: the same walk over words as the rules' decides), and the sure rules keep their starts (a list's
 * items, bracketed legal forms). Changes the candidates' starts in place; run before their types are settled
 * (takeModelTypes), which then see one span.
 *
 * @example
 * takeModelStarts(context, [rule('国防部'), model('美国国防部')]) // the rule now spans 美国国防部
 */
export function takeModelStarts(context: EntityContext, found: Candidate[]): void {
  const modelStart = new Map<number, number>();
  for (const c of found) {
    if (c.source !== 'model' || !BODY_TYPES.has(c.type)) continue;
    modelStart.set(c.end, Math.min(modelStart.get(c.end) ?? c.start, c.start));
  }
  for (const c of found) {
    if (c.source !== 'rule' || c.priority >= SURE_RULE || !BODY_TYPES.has(c.type)) continue;
    const start = modelStart.get(c.end);
    if (start === undefined || start >= c.start) continue;
    // a rule may start inside a word (俄罗斯国防部/nt): walk from that word's start
    const word = context.tokens[tokenIndexAt(context.tokens, c.start)];
    const from = word !== undefined && word.start < c.start && word.start >= start ? word.start : c.start;
    if (from === start || nameStartBefore(context.text, context.tokens, from, start, from - start) === start) c.start = start;
  }
}
