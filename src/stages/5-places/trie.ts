/** A trie over UTF-16 code units with a Map per node: every key that starts at a position, in O(longest key). */
interface TrieNode<V> {
  next: Map<number, TrieNode<V>>;
  /** The value of the key that ends here, if one does. */
  value: V | undefined;
}

/** A key found in the text: where it ends and its value. */
export interface TrieMatch<V> {
  end: number;
  value: V;
}

export interface Trie<V> {
  /**
   * Whether some key starts with the code unit at `at`: a table look-up that lets a scan skip most positions.
   * @example
   * buildTrie([['上饶', 1]]).mayStartAt('的上饶', 0) // false
   */
  mayStartAt(text: string, at: number): boolean;
  /**
   * The keys that start at `at` in `text` (not past `limit`), longest first.
   * @example
   * buildTrie([['上饶', 1], ['上饶市', 2]]).matchesAt('上饶市的', 0) // [{ end: 3, value: 2 }, { end: 2, value: 1 }]
   */
  matchesAt(text: string, at: number, limit?: number): readonly TrieMatch<V>[];
}

const NONE: readonly never[] = [];

/**
 * A trie of the given keys and values. Matching returns the values, so callers never slice or hash the text.
 *
 * @example
 * buildTrie([['长三角', 'r'], ['三角', 'x']]).matchesAt('长三角', 0) // [{ end: 3, value: 'r' }]
 */
export function buildTrie<V>(entries: Iterable<readonly [string, V]>): Trie<V> {
  const root: TrieNode<V> = { next: new Map(), value: undefined };
  const first = new Uint8Array(0x10000);
  for (const [key, value] of entries) {
    if (key.length === 0) continue;
    first[key.charCodeAt(0)] = 1;
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), value: undefined }));
      node = child;
    }
    node.value = value;
  }
  return {
    mayStartAt: (text, at) => first[text.charCodeAt(at)] === 1,
    matchesAt(text, at, limit = text.length) {
      let node = root.next.get(text.charCodeAt(at));
      if (!node) return NONE; // most positions: no key starts with this character
      let found: TrieMatch<V>[] | null = null;
      for (let i = at + 1; ; i++) {
        if (node.value !== undefined) (found ??= []).unshift({ end: i, value: node.value });
        if (i >= limit) break;
        const child: TrieNode<V> | undefined = node.next.get(text.charCodeAt(i));
        if (!child) break;
        node = child;
      }
      return found ?? NONE;
    },
  };
}
