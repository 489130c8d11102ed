import { describe, expect, it } from 'vitest';
import { analyze, recognize } from '../../src/index.js';

const RUN = 100_000;

/** Odd 100k-character inputs must go through every scanner (no timing here: they must simply finish). */
describe('figures on 100k-character runs', () => {
  it.each([
    ['digits', '1'.repeat(RUN)],
    ['一', '一'.repeat(RUN)],
    ['、', '、'.repeat(RUN)],
    ['(', '('.repeat(RUN)],
    ['digits with points', '1.'.repeat(RUN / 2)],
    ['digits with commas', '1,'.repeat(RUN / 2)],
    ['numerals with spaces', '一 '.repeat(RUN / 2)],
    ['零', '零'.repeat(RUN)],
    ['万', '万'.repeat(RUN)],
    ['百分之', '百分之'.repeat(RUN / 3)],
    ['zeros then a 1 after a point', `0.${'0'.repeat(RUN)}1`],
    ['余', '十余'.repeat(RUN / 2)],
  ])('%s', (_name, text) => {
    for (const kind of ['number', 'percent', 'money', 'range', 'date'] as const) expect(Array.isArray(recognize(text, kind))).toBe(true);
    expect(analyze(text).text.length).toBe(text.length);
  });
});
