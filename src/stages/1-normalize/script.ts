import { Trie } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import { readFileSync } from 'node:fs';
import { composeMaps, MappedTextBuilder, type MappedText } from '../../doc/offset-map.js';
import { dataPath } from '../../resources/paths.js';

/**
 * OpenCC's conversion chain for Taiwan/Hong Kong Traditional → mainland Simplified, as two passes of
 * longest-match dictionaries: regional variants and phrases first (記憶體 → 內存), then Traditional →
 * Simplified phrases and characters. Each trie is built on first use. The Taiwan phrase table is OpenCC's minus
 * the phrases that are ordinary mainland words (智慧 stays 智慧): see scripts/build-tw-phrases.ts.
 */
function passes(): string[][] {
  const twPhrases = readFileSync(dataPath('opencc', 'tw-phrases.txt'), 'utf8').trim();
  return [
    [twPhrases, TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  ];
}

let tries: Trie[] | null = null;
let traditionalOnly: Set<number> | null = null;

/**
 * Convert Traditional characters to Simplified, keeping a position map (phrase conversion can change
 * length). Text without a single Traditional-only character is returned as it is, without building the tries.
 *
 * @example
 * toSimplified('上饒市松江區').text // '上饶市松江区'
 */
export function toSimplified(source: string): MappedText {
  if (!hasTraditional(source)) return { text: source, map: null };
  tries ??= passes().map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  let current: MappedText = { text: source, map: null };
  for (const trie of tries) {
    const next = convertWith(trie, current.text);
    current = { text: next.text, map: composeMaps(current.map, next.map) };
  }
  return current;
}

function convertWith(trie: Trie, source: string): MappedText {
  const out = new MappedTextBuilder(source);
  const n = source.length;
  let kept = 0;
  let i = 0;
  while (i < n) {
    const match = trie.matchPrefix(source, i);
    if (match && match.value !== source.slice(i, match.end)) {
      out.copy(kept, i);
      out.replace(match.value, i, match.end);
      i = kept = match.end;
    } else {
      i += match ? match.end - i : source.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
  out.copy(kept, n);
  return out.build();
}

function hasTraditional(text: string): boolean {
  traditionalOnly ??= traditionalCharacters();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && traditionalOnly.has(c)) return true;
  }
  return false;
}

/** BMP characters that OpenCC converts to a different Simplified character. */
function traditionalCharacters(): Set<number> {
  const set = new Set<number>();
  for (const entry of TSCharacters.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && !to.split('').includes(from)) set.add(from.charCodeAt(0));
  }
  return set;
}
