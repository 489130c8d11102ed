/** A character trie over a Map per node: every key that starts at a position, found in O(longest key). */
interface TrieNode {
  next: Map<string, TrieNode>;
  /** The key that ends here, if any. */
  key: string | null;
}

export interface Trie {
  /**
   * Ends of the keys that start at `at` in `text`, longest first.
   * @example
   * buildTrie(['上饶', '上饶市']).matchesAt('上饶市的', 0) // [3, 2]
   */
  matchesAt(text: string, at: number, limit?: number): number[];
}

/**
 * A trie of the given keys.
 *
 * @example
 * buildTrie(['长三角', '三角']).matchesAt('长三角', 0) // [3]
 */
export function buildTrie(keys: Iterable<string>): Trie {
  const root: TrieNode = { next: new Map(), key: null };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), key: null }));
      node = child;
    }
    node.key = key;
  }
  return {
    matchesAt(text, at, limit = text.length) {
      const ends: number[] = [];
      let node: TrieNode | undefined = root;
      for (let i = at; i < limit; ) {
        const cp = text.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        node = node.next.get(ch);
        if (!node) break;
        i += ch.length;
        if (node.key !== null) ends.push(i);
      }
      return ends.reverse();
    },
  };
}
