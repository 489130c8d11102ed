import { describe, expect, it } from 'vitest';
import { SURE_RULE, type Candidate, type NamedType } from '../../src/stages/6-entities/candidate.js';
import { takeModelTypes } from '../../src/stages/6-entities/model-types.js';

/** A candidate for `name` in `text`. */
function candidate(text: string, name: string, type: NamedType, source: 'rule' | 'model'): Candidate {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, source, confidence: 0.7, priority: source === 'rule' ? 2 : 1 };
}

describe('whose type stands when a rule and the model find the same name', () => {
  it.each<[string, string, NamedType, NamedType, NamedType]>([
    ['美国海军第六舰队进入地中海', '美国海军第六舰队', 'organization', 'government', 'government'],
    ['青禾工业园与澜泽投资签约', '澜泽投资', 'organization', 'company', 'company'],
    ['上饶市科技局推荐', '上饶市科技局', 'government', 'organization', 'government'], // a government pattern keeps its type
    ['华东数字医疗发展中心落户上饶', '华东数字医疗发展中心', 'organization', 'company', 'organization'],
    ['长三角创新协同中心已入驻8家企业', '长三角创新协同中心', 'organization', 'company', 'organization'],
    ['市住房保障管理中心发布通知', '市住房保障管理中心', 'organization', 'government', 'government'],
    ['招商银行信用卡中心发布公告', '招商银行信用卡中心', 'organization', 'company', 'company'],
    ['吴锦在会上讲话', '吴锦', 'organization', 'person', 'organization'], // the model's person or position is no body's type
  ])('%s: rule %s %s, model %s → %s', (text, name, ruleType, modelType, expected) => {
    const rule = candidate(text, name, ruleType, 'rule');
    takeModelTypes(text, [rule, candidate(text, name, modelType, 'model')]);
    expect(rule.type).toBe(expected);
  });

  it('keeps the company of a sure rule: the list of firms says what its items are', () => {
    const text = '中国星网、中国中化等3家央企';
    const listed = { ...candidate(text, '中国中化', 'company', 'rule'), priority: SURE_RULE };
    const built = candidate(text, '中国中化', 'company', 'rule'); // an ending-built name takes the model's type
    takeModelTypes(text, [listed, built, candidate(text, '中国中化', 'government', 'model')]);
    expect([listed.type, built.type]).toEqual(['company', 'government']);
  });

  it('leaves a rule alone when the model has a different span', () => {
    const text = '华东数字医疗发展中心落户上饶';
    const rule = candidate(text, '华东数字医疗发展中心', 'organization', 'rule');
    takeModelTypes(text, [rule, candidate(text, '华东数字医疗', 'company', 'model')]);
    expect(rule.type).toBe('organization');
  });
});
