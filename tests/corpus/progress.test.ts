import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { compact, createProgress, duration } from '../../src/corpus/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => (chunks.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
}

describe('progress', () => {
  const stats = { documents: 40, failed: 1, skipped: 2, chars: 80_000, position: 250 };

  it('prints plain lines with docs/s, chars/s, share of input and ETA when stderr is not a terminal', async () => {
    let clock = 0;
    const { stream, text } = fakeStream(false);
    const progress = await createProgress({ stream, total: 1000, quiet: false, interval: 5, now: () => clock });
    clock = 10_000;
    progress.update(stats);
    await sleep(30);
    progress.stop();
    expect(text()).toContain('zhnews corpus: 40 docs (1 failed, 2 skipped), 4.0 docs/s, 8.0k chars/s, 25.0% of input, ETA 30s\n');
  });

  it('says nothing with quiet', async () => {
    const { stream, text } = fakeStream(false);
    const progress = await createProgress({ stream, total: null, quiet: true, interval: 5 });
    progress.update(stats);
    await sleep(20);
    progress.stop();
    expect(text()).toBe('');
  });

  it.each([
    [950, '950'],
    [12_345, '12.3k'],
    [4_560_000, '4.56M'],
  ])('compact(%d) is %s', (n, s) => expect(compact(n)).toBe(s));

  it.each([
    [45, '45s'],
    [185, '3m05s'],
    [7620, '2h07m'],
  ])('duration(%d) is %s', (n, s) => expect(duration(n)).toBe(s));
});
