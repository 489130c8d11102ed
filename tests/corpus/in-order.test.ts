import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../src/corpus/in-order.js';

async function collect<T>(gen: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

async function* slowly(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    await sleep(0);
    yield i;
  }
}

describe('mapInOrder', () => {
  it.each([1, 2, 5, 64])('keeps input order with window %i when later items finish first', async (window) => {
    const delays = [9, 1, 5, 0, 7, 3, 2, 8, 4, 6];
    const out = await collect(mapInOrder(delays, async (d) => (await sleep(d), d * 10), window));
    expect(out).toEqual(delays.map((d) => d * 10));
  });

  it('never has more than `window` calls in flight and reads the source lazily', async () => {
    let inFlight = 0;
    let most = 0;
    const out = await collect(
      mapInOrder(slowly(50), async (x) => {
        most = Math.max(most, ++inFlight);
        await sleep(1);
        inFlight--;
        return x;
      }, 4),
    );
    expect(out).toHaveLength(50);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('stops taking items when the signal aborts and still yields those in flight', async () => {
    const controller = new AbortController();
    const out: number[] = [];
    for await (const x of mapInOrder(slowly(1000), async (x) => x, 3, controller.signal)) {
      out.push(x);
      if (x === 10) controller.abort();
    }
    expect(out.slice(0, 11)).toEqual([...Array(11).keys()]);
    expect(out.length).toBeLessThan(15);
    expect(out).toEqual([...Array(out.length).keys()]);
  });

  it('throws a failure at its place, after the results before it', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const x of mapInOrder([1, 2, 3, 4], async (x) => {
        if (x === 3) throw new Error('three');
        return x;
      }, 4)) out.push(x);
    };
    await expect(run()).rejects.toThrow('three');
    expect(out).toEqual([1, 2]);
  });
});
