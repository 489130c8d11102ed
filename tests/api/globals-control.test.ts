import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// The control for globals.test.ts: nodejieba's own wrapper does leak, so that test can see a leak when one happens.
describe('globals (control)', () => {
  it('raw nodejieba leaks `dict` and friends into globalThis', () => {
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const nodejieba = createRequire(import.meta.url)('nodejieba') as { cut(text: string): string[] };
    nodejieba.cut('上海');
    const added = Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name));
    expect(added).toEqual(expect.arrayContaining(['dict', 'hmmDict', 'userDict']));
  });
});
