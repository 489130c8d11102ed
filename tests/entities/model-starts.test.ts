import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { SURE_RULE, type Candidate, type EntityContext, type NamedType } from '../../src/stages/6-entities/candidate.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { takeModelStarts } from '../../src/stages/6-entities/model-starts.js';
import { analysisOf } from './helpers.js';

function contextOf(text: string): EntityContext {
  const a = analysisOf(text);
  return { text: a.text, tokens: a.tokens, lexicons: entityLexicons(), places: [], placeEnds: new Map() };
}

/** A candidate for `name` in `text` (sentences written for these tests). */
function candidate(text: string, name: string, type: NamedType, source: 'rule' | 'model', priority = source === 'rule' ? 2 : 1): Candidate {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, source, confidence: 0.7, priority };
}

describe('where a name starts when a rule and the model end it alike', () => {
  it.each<[string, string, string, NamedType, number, string]>([
    ['图为伟业顾问北京公司副总经理', '顾问北京公司', '伟业顾问北京公司', 'company', 2, '伟业顾问北京公司'],
    ['俄罗斯国防部宣布', '国防部', '俄罗斯国防部', 'government', 2, '俄罗斯国防部'],
    ['东阳市红木家具行业协会成立', '东阳市红木家具行业协会', '行业协会', 'organization', 2, '东阳市红木家具行业协会'], // the model's shorter start does not cut the rule
    ['园区引进华芯微电子等企业', '华芯微电子', '园区引进华芯微电子', 'company', SURE_RULE, '华芯微电子'], // a list's item keeps its start
    ['如神华新疆公司在拓展市场时', '神华新疆公司', '如神华新疆公司', 'company', 2, '神华新疆公司'], // 如/v is no part of a name
  ])('%s: rule %s, model %s → %s', (text, ruleName, modelName, type, priority, expected) => {
    const rule = candidate(text, ruleName, type, 'rule', priority);
    takeModelStarts(contextOf(text), [rule, candidate(text, modelName, type, 'model')]);
    expect(text.slice(rule.start, rule.end)).toBe(expected);
  });

  it('leaves a rule alone when the model ends elsewhere or reads a person', () => {
    const text = '民生加银基金公司旗下';
    const rule = candidate(text, '加银基金公司', 'company', 'rule');
    takeModelStarts(contextOf(text), [rule, candidate(text, '民生加银基金', 'company', 'model'), { ...candidate(text, '民生加银基金公司', 'person', 'model') }]);
    expect(text.slice(rule.start, rule.end)).toBe('加银基金公司');
  });

  it.each([
    ['图为伟业顾问北京公司副总经理梁炜', '伟业顾问北京公司'],
    ['民生加银基金公司旗下的两只基金崭露头角。', '民生加银基金公司'],
  ])('analyze(): %s', (text, name) => {
    expect(analyze(text).companies().map((e) => e.name)).toEqual([name]);
  });
});
