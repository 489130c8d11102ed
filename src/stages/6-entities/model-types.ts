/** Whose type stands when a rule and the model find the very same name. */
import { SURE_RULE, type Candidate, type NamedType } from './candidate.js';

/**
 * Words before 中心 that make it an institute or a public body, never a firm: CLUENER2020's training labels file
 * every 发展中心 and 研究中心 under organisations or government bodies, and regional-cooperation news is full of
 * 创新中心, 协同中心 and 孵化中心 that host firms rather than are one.
 */
const INSTITUTE_CENTRES = ['发展', '研究', '研发', '创新', '协同', '孵化', '技术', '交流', '服务', '管理', '促进', '转化'].map((w) => `${w}中心`);

/**
 * Where a rule and the model find the very same span, the rule's edges are confirmed and the model, trained on
 * labelled news, is the better judge of the type (美国海军第六舰队 is a government body, not an organisation) —
 * except against the government patterns, which know theirs, against a firm a sure rule names (中国中化 of
 * 中国星网、中国中化等3家央企: the list says what its items are), and except that an institute's 中心
 * (华东数字医疗发展中心) is not made a firm. Changes the candidates' types in place.
 *
 * @example
 * takeModelTypes(text, [rule('美国海军第六舰队', 'organization'), model('美国海军第六舰队', 'government')]) // rule → government
 */
export function takeModelTypes(text: string, found: Candidate[]): void {
  const byModel = new Map<string, NamedType>();
  for (const c of found) if (c.source === 'model') byModel.set(`${c.start}:${c.end}`, c.type);
  for (const c of found) {
    // government patterns (上饶市科技局, 产业园管委会) know their type; names built up to an ending do not
    const knowsType = c.type === 'government' || (c.type === 'company' && c.priority >= SURE_RULE);
    const type = c.source === 'rule' && !knowsType ? byModel.get(`${c.start}:${c.end}`) : undefined;
    if (type === undefined || type === 'position' || type === 'person') continue;
    if (type === 'company' && INSTITUTE_CENTRES.some((w) => text.endsWith(w, c.end))) continue;
    c.type = type;
  }
}
