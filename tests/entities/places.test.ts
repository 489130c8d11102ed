import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/stages/6-entities/index.js';
import { analysisOf } from './helpers.js';

describe('places found by stage 5 and names found by stage 6', () => {
  const analysis = analysisOf('由上饶市科技局推荐的江西金丰药业等企业共6项专利技术参与拍赏。', [
    { text: '上饶市' },
    { text: '江西' },
  ]);
  const entities = recognizeEntities(analysis);
  const text = (type: string) => entities.filter((e) => e.type === type).map((e) => analysis.text.slice(e.start, e.end));

  it('marks a place strictly inside a company name as the company\'s', () => {
    expect(text('company')).toContain('江西金丰药业');
    const jiangxi = entities.find((e) => e.type === 'place' && analysis.text.slice(e.start, e.end) === '江西');
    expect(jiangxi?.within).toBe('company');
    expect(entities.find((e) => e.name === '上饶市')?.within).toBeUndefined();
  });

  it('keeps a place inside a government body (it gives the jurisdiction)', () => {
    expect(text('government')).toContain('上饶市科技局');
    expect(text('place')).toContain('上饶市');
  });

  it('returns everything in document order', () => {
    const starts = entities.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
