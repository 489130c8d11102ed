/** A trie over UTF-16 code units with a Map per node: every key that starts at a position, in O(longest key). */
interface TrieNode {
  next: Map<number, TrieNode>;
  /** Whether a key ends here. */
  end: boolean;
}

export interface Trie {
  /**
   * Ends of the keys that start at `at` in `text`, longest first.
   * @example
   * buildTrie(['上饶', '上饶市']).matchesAt('上饶市的', 0) // [3, 2]
   */
  matchesAt(text: string, at: number, limit?: number): readonly number[];
}

const NONE: readonly number[] = [];

/**
 * A trie of the given keys.
 *
 * @example
 * buildTrie(['长三角', '三角']).matchesAt('长三角', 0) // [3]
 */
export function buildTrie(keys: Iterable<string>): Trie {
  const root: TrieNode = { next: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return {
    matchesAt(text, at, limit = text.length) {
      let node = root.next.get(text.charCodeAt(at));
      if (!node) return NONE; // most positions: no key starts with this character
      let ends: number[] | null = null;
      for (let i = at + 1; ; i++) {
        if (node.end) (ends ??= []).unshift(i);
        if (i >= limit) break;
        const child: TrieNode | undefined = node.next.get(text.charCodeAt(i));
        if (!child) break;
        node = child;
      }
      return ends ?? NONE;
    },
  };
}
