import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Candidate, NamedType } from '../../src/stages/6-entities/candidate.js';
import { oneTypePerName } from '../../src/stages/6-entities/rules/one-type-per-name.js';

/** Sentences written for these tests. */
const mentions = (text: string, name: string) =>
  analyze(text)
    .toJSON()
    .entities.filter((e) => e.text === name)
    .map((e) => `${e.type}@${e.start}`);

/** Mentions of `name` (in order of appearance in `text`) with the given types and confidences. */
function candidates(text: string, name: string, typed: [NamedType, number][]): Candidate[] {
  let at = -1;
  return typed.map(([type, confidence]) => {
    at = text.indexOf(name, at + 1);
    return { start: at, end: at + name.length, type, source: 'model', confidence, priority: 1 };
  });
}

describe('one type per body in an article', () => {
  it.each<[string, [NamedType, number][], NamedType]>([
    ['most confidence wins', [['organization', 0.42], ['company', 0.52]], 'company'],
    ['two mentions outweigh one', [['government', 0.7], ['organization', 0.8], ['government', 0.7]], 'government'],
    ['a tie keeps the first mention\'s type', [['organization', 0.5], ['company', 0.5]], 'organization'],
  ])('%s', (_, typed, expected) => {
    const text = '富士康甲富士康乙富士康';
    const chosen = candidates(text, '富士康', typed);
    oneTypePerName(chosen, (c) => text.slice(c.start, c.end));
    expect(chosen.map((c) => c.type)).toEqual(typed.map(() => expected));
  });

  it('leaves people and positions alone: a person may share a firm\'s name', () => {
    const text = '李宁说李宁公司';
    const chosen: Candidate[] = [
      { start: 0, end: 2, type: 'person', source: 'model', confidence: 0.9, priority: 1 },
      { start: 3, end: 5, type: 'company', source: 'model', confidence: 0.5, priority: 1 },
    ];
    oneTypePerName(chosen, (c) => text.slice(c.start, c.end));
    expect(chosen.map((c) => c.type)).toEqual(['person', 'company']);
  });
});

describe('a body named once is named wherever its name comes back', () => {
  it.each([
    ['苹果、富士康等厂商纷纷西迁。富士康已经在成都建成新的工厂。', '富士康', ['company@3', 'company@14']],
    ['惠普、广达、富士康等上游大厂相继宣布内迁，富士康已经在邻近的成都设立基地。', '富士康', ['company@6', 'company@21']],
  ])('%s', (text, name, expected) => {
    expect(mentions(text, name)).toEqual(expected);
  });

  it('not inside a longer word: 安瑞光电子 holds no 安瑞光电', () => {
    const text = '园区引进了华芯微电子、安瑞光电等企业。安瑞光电子产品出口大增，安瑞光电的订单也多。';
    expect(mentions(text, '安瑞光电')).toEqual(['company@11', 'company@31']);
  });
});
