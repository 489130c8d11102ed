import { describe, expect, it } from 'vitest';

describe('globals', () => {
  it('importing zhnews and analysing leaves no new globals', async () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const { analyze } = await import('../../src/index.js');
    analyze('加入收藏\n上饒市與松江區合作,成交額約為2000萬元。');
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added).toEqual([]);
  });
});
