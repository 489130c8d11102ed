/**
 * Map over a stream with up to `window` calls in flight, yielding results in input order. Memory holds at most
 * `window` pending results however long the source is; a slow item holds back the ones after it, never reorders
 * them. When `signal` aborts, no further items are taken and the ones in flight are still yielded.
 *
 * @example
 * for await (const n of mapInOrder([3, 1, 2], async (x) => x * 10, 2)) console.log(n); // 30, 10, 20
 */
export async function* mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T) => R | Promise<R>,
  window: number,
  signal?: AbortSignal,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  let finished = false;
  try {
    while (!signal?.aborted) {
      const next = await iterator.next();
      if (next.done) {
        finished = true;
        break;
      }
      const result = Promise.resolve().then(() => fn(next.value));
      result.catch(() => {}); // a rejection is reported when its turn comes, not as an unhandled one meanwhile
      pending.push(result);
      if (pending.length >= window) yield await (pending.shift() as Promise<R>);
    }
    while (pending.length > 0) yield await (pending.shift() as Promise<R>);
  } finally {
    if (!finished) await iterator.return?.();
  }
}
