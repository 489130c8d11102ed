import { describe, expect, it } from 'vitest';
import { ZhnewsError } from '../../src/errors.js';
import { nodejiebaSegmenter, segment } from '../../src/stages/3-segment/index.js';
import { describePiece, FEATURES_PER_CHAR, listFeatures } from '../../src/stages/6-entities/features.js';
import { entityLexicons, parseClusters } from '../../src/stages/6-entities/lexicons.js';

const tokensOf = (text: string) => segment(text, [{ start: 0, end: text.length }], nodejiebaSegmenter());
const code = (c: string) => c.charCodeAt(0);

describe('reading a cluster table', () => {
  it.each<[string, string, number, number]>([
    ['局\t88\t12\n', '局', 89, 13],
    ['# comment\n局\t0\t0\n', '局', 1, 1],
    ['局\t88\t12\n', '厅', 0, 0],
    ['𠀀\t5\t1\n局\t3\t2', '局', 4, 3], // a character outside the BMP is skipped, the rest read
  ])('%j: %s is fine %i, coarse %i (1 + id, 0 none)', (text, ch, fine, coarse) => {
    const table = parseClusters(text);
    expect([table.fine[code(ch)], table.coarse[code(ch)]]).toEqual([fine, coarse]);
  });

  it.each(['局\t88\n', '局\tx\t1\n', '\t1\t1\n', '局\t-1\t1\n'])('rejects the bad line %j with a resource error', (text) => {
    expect(() => parseClusters(text)).toThrow(ZhnewsError);
  });
});

describe('the shipped clusters (data/ner-char-clusters.txt)', () => {
  const { fine, coarse } = entityLexicons().clusters;
  const same = (a: string, b: string) => fine[code(a)] === fine[code(b)];

  it('clusters the common Han characters and only Han characters', () => {
    for (const c of '的局市王科技公司说') expect(fine[code(c)]).toBeGreaterThan(0);
    for (const c of 'a1,。') expect(fine[code(c)]).toBe(0);
    expect(Math.max(...fine)).toBeLessThanOrEqual(256);
    expect(Math.max(...coarse)).toBeLessThanOrEqual(32);
  });

  // what the clusters are for: characters that do the same job in words share a cluster
  it.each([
    ['王', '张', true], // surnames
    ['局', '委', true], // government endings
    ['市', '县', true], // place endings
    ['局', '王', false],
    ['市', '的', false],
  ])('%s and %s share a fine cluster: %s', (a, b, shared) => {
    expect(same(a, b)).toBe(shared);
  });
});

describe('cluster features', () => {
  const groups = (text: string) => {
    const piece = describePiece(text, 0, text.length, tokensOf(text), entityLexicons());
    return { clusters: Array.from(piece.clusters.subarray(0, text.length + 2)), chars: Array.from(piece.chars.subarray(0, text.length + 2)) };
  };

  it('gives characters of one cluster the same cluster group but their own character group', () => {
    const wang = groups('王说');
    const zhang = groups('张说');
    expect(wang.clusters).toEqual(zhang.clusters);
    expect(wang.chars[1]).not.toBe(zhang.chars[1]);
  });

  it.each([
    ['上饶市科技局', '上饶市商务局', 'the same'], // 技 and 务 share a cluster, as 局 and 部 do
    ['上饶市科技局', '上饶市科技部', 'the same'],
    ['上饶市科技局', '上饶市科技股', 'other'],
  ])('%s and %s: the last character gets %s cluster-bigram group', (a, b, expected) => {
    const describe = (text: string) => describePiece(text, 0, text.length, tokensOf(text), entityLexicons()).clusterBigrams[text.length - 1];
    expect(describe(a) === describe(b) ? 'the same' : 'other').toBe(expected);
  });

  it('extracts features of a 100k run of odd characters in linear time', () => {
    const text = '𠀀a、'.repeat(25_000);
    expect(listFeatures(describePiece(text, 0, text.length, [], entityLexicons())).length).toBe(text.length * FEATURES_PER_CHAR);
  });
});
