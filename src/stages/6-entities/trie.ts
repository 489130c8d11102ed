/** A character trie for longest-match lookups of lexicon entries, walked without allocating substrings. */

interface TrieNode {
  /** Kind of the entry ending here, -1 when none does. */
  kind: number;
  next: Map<number, TrieNode> | null;
}

/** A match of a lexicon entry in a text. */
export interface LexiconMatch {
  start: number;
  end: number;
  kind: number;
}

/**
 * Words with a small integer kind each; finds the longest entry starting at a position.
 *
 * @example
 * const trie = new Trie([['有限公司', 0], ['公司', 0]]);
 * trie.longestAt('溯徕有限公司', 2, 6) // { start: 2, end: 6, kind: 0 }
 */
export class Trie {
  private readonly root: TrieNode = { kind: -1, next: null };
  /** Length of the longest entry. */
  maxLength = 0;

  constructor(entries: Iterable<readonly [string, number]> = []) {
    for (const [word, kind] of entries) this.add(word, kind);
  }

  /** Add an entry (a later kind for the same word replaces the earlier). */
  add(word: string, kind: number): void {
    if (word.length === 0) return;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { kind: -1, next: null }));
      node = child;
    }
    node.kind = kind;
    if (word.length > this.maxLength) this.maxLength = word.length;
  }

  /** Whether `word` is an entry. */
  has(word: string): boolean {
    const m = this.longestAt(word, 0, word.length);
    return m !== null && m.end === word.length;
  }

  /** The longest entry starting at `start` and ending by `limit`, or null. */
  longestAt(text: string, start: number, limit: number): LexiconMatch | null {
    let node: TrieNode | undefined = this.root;
    let end = -1;
    let kind = -1;
    for (let i = start; i < limit && node?.next; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.kind !== -1) {
        end = i + 1;
        kind = node.kind;
      }
    }
    return end === -1 ? null : { start, end, kind };
  }

  /**
   * Call `visit(end, kind)` for every entry starting at `start` and ending by `limit`, shortest first: counting
   * every occurrence of every entry, where `scan` sees only the greedy longest ones.
   */
  eachAt(text: string, start: number, limit: number, visit: (end: number, kind: number) => void): void {
    let node: TrieNode | undefined = this.root;
    for (let i = start; i < limit && node?.next; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.kind !== -1) visit(i + 1, node.kind);
    }
  }

  /** The longest entry ending exactly at `end` and starting at or after `floor`, or null. */
  longestEndingAt(text: string, end: number, floor: number): LexiconMatch | null {
    for (let start = Math.max(floor, end - this.maxLength); start < end; start++) {
      const m = this.longestAt(text, start, end);
      if (m && m.end === end) return m;
    }
    return null;
  }

  /**
   * Greedy left-to-right longest matches in text[from, to): what a reader scanning for known words sees.
   * Time O((to - from) · maxLength).
   */
  scan(text: string, from: number, to: number): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    for (let i = from; i < to; ) {
      const m = this.longestAt(text, i, to);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}
