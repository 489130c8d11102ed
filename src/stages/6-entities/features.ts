/**
 * Features of each character for the sequence model, hashed to 32-bit keys without building strings: character
 * n-grams in a ±2 window, character classes, jieba word position, word and POS, place-lexicon and name-ending
 * hits. The trainer and the recogniser call the same function, so training and inference cannot drift apart.
 */
import { isAsciiDigit, isAsciiLetter, isHan } from '../../doc/characters.js';
import type { TokenRange } from '../3-segment/index.js';
import { finish, mix, mixRange } from './hash.js';
import type { EntityLexicons } from './lexicons.js';

/** Keys per character; a key of 0 means "no feature in this slot". */
export const FEATURES_PER_CHAR = 24;

const PAD_BEFORE = -1;
const PAD_AFTER = -2;

/** Digits fold to 0 and Latin letters to lower case, so 2023 and 1998 share their n-grams. */
function unit(text: string, i: number, from: number, to: number): number {
  if (i < from) return PAD_BEFORE;
  if (i >= to) return PAD_AFTER;
  const c = text.charCodeAt(i);
  if (isAsciiDigit(c)) return 0x30;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

/** 0 Han, 1 digit, 2 Latin, 3 space, 4 bracket, 5 other, 6 outside the sentence. */
function charClass(text: string, i: number, from: number, to: number): number {
  if (i < from || i >= to) return 6;
  const c = text.charCodeAt(i);
  if (isHan(c) || (c >= 0xd800 && c <= 0xdbff)) return 0;
  if (isAsciiDigit(c)) return 1;
  if (isAsciiLetter(c)) return 2;
  if (c === 0x20 || c === 0x09 || c === 0x0a) return 3;
  if (c === 0x28 || c === 0x29) return 4;
  return 5;
}

/** Breaks the look-ahead for a name ending: punctuation other than brackets, & and dots (奥特斯(AT&S)). */
function breaksName(cls: number, code: number): boolean {
  return cls === 3 || (cls === 5 && code !== 0x26 && code !== 0x2e && code !== 0xb7);
}

const DISTANCE_BUCKET = [0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7];
const LOOKAHEAD = 12;

/**
 * Feature keys of text[from, to), FEATURES_PER_CHAR per character. `tokens` are the segmenter's words of that
 * range (absolute positions, in order; gaps are allowed).
 *
 * @example
 * const keys = extractFeatures('上饶市科技局', 0, 6, tokens, entityLexicons());
 * keys.length // 6 * FEATURES_PER_CHAR
 */
export function extractFeatures(
  text: string,
  from: number,
  to: number,
  tokens: readonly TokenRange[],
  lexicons: EntityLexicons,
): Uint32Array {
  const n = to - from;
  const keys = new Uint32Array(n * FEATURES_PER_CHAR);
  if (n <= 0) return keys;

  // word of each character: its role (1 B, 2 M, 3 E, 4 S, 0 none), and hashes of the word, its POS, neighbours' POS
  const role = new Uint8Array(n);
  const wordKey = new Int32Array(n);
  const posKey = new Int32Array(n);
  const prevPos = new Int32Array(n);
  const nextPos = new Int32Array(n);
  const wordLength = new Uint8Array(n);
  const prevWord = new Int32Array(n);
  const nextWord = new Int32Array(n);
  let previous = 0;
  let previousWord = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    const start = Math.max(tok.start, from);
    const end = Math.min(tok.end, to);
    if (end <= start) continue;
    const pos = mixRange(0x9e37, tok.pos, 0, tok.pos.length);
    const word = end - start <= 6 ? mixRange(0x51ed, text, start, end) : 0x7fff;
    const following = t + 1 < tokens.length ? tokens[t + 1].pos : '$';
    const next = mixRange(0x9e37, following, 0, following.length);
    const after = t + 1 < tokens.length ? tokens[t + 1] : null;
    const afterWord = after && after.end <= to && after.end - after.start <= 6 ? mixRange(0x51ed, text, after.start, after.end) : 0;
    for (let i = start; i < end; i++) {
      const k = i - from;
      role[k] = end - start === 1 ? 4 : i === start ? 1 : i === end - 1 ? 3 : 2;
      wordKey[k] = word;
      posKey[k] = pos;
      prevPos[k] = previous;
      nextPos[k] = next;
      wordLength[k] = Math.min(end - start, 6);
      prevWord[k] = previousWord;
      nextWord[k] = afterWord;
    }
    previous = pos;
    previousWord = word;
  }

  // lexicon hits: role of each character in a greedy longest match, with the match's kind
  const placeHit = new Int16Array(n);
  for (const m of lexicons.places.scan(text, from, to)) markMatch(placeHit, m.start - from, m.end - from, m.kind);
  const suffixHit = new Int16Array(n);
  const suffixStarts = new Int16Array(n).fill(-1);
  for (const m of lexicons.suffixes.scan(text, from, to)) {
    markMatch(suffixHit, m.start - from, m.end - from, m.kind);
    suffixStarts[m.start - from] = m.kind;
  }
  // the nearest name ending ahead within the same stretch of name-like characters
  const ahead = new Int16Array(n).fill(-1);
  let nextStart = -1;
  for (let k = n - 1; k >= 0; k--) {
    const i = from + k;
    if (nextStart !== -1 && nextStart - k <= LOOKAHEAD) ahead[k] = suffixStarts[nextStart] * 8 + DISTANCE_BUCKET[nextStart - k];
    if (breaksName(charClass(text, i, from, to), text.charCodeAt(i))) nextStart = -1;
    else if (suffixStarts[k] !== -1) nextStart = k;
  }

  for (let k = 0; k < n; k++) {
    const i = from + k;
    const c0 = unit(text, i, from, to);
    const cm1 = unit(text, i - 1, from, to);
    const cm2 = unit(text, i - 2, from, to);
    const cp1 = unit(text, i + 1, from, to);
    const cp2 = unit(text, i + 2, from, to);
    const cls = charClass(text, i, from, to);
    const o = k * FEATURES_PER_CHAR;
    keys[o] = finish(mix(1, 0));
    keys[o + 1] = finish(mix(2, cm2));
    keys[o + 2] = finish(mix(3, cm1));
    keys[o + 3] = finish(mix(4, c0));
    keys[o + 4] = finish(mix(5, cp1));
    keys[o + 5] = finish(mix(6, cp2));
    keys[o + 6] = finish(mix(mix(7, cm2), cm1));
    keys[o + 7] = finish(mix(mix(8, cm1), c0));
    keys[o + 8] = finish(mix(mix(9, c0), cp1));
    keys[o + 9] = finish(mix(mix(10, cp1), cp2));
    keys[o + 10] = finish(mix(mix(mix(11, cm1), c0), cp1));
    keys[o + 11] = finish(mix(mix(mix(12, charClass(text, i - 1, from, to)), cls), charClass(text, i + 1, from, to)));
    keys[o + 12] = finish(mix(mix(13, role[k]), posKey[k]));
    keys[o + 13] = finish(mix(mix(14, role[k]), wordKey[k]));
    keys[o + 14] = finish(mix(mix(mix(15, role[k]), posKey[k]), prevPos[k]));
    keys[o + 15] = finish(mix(mix(mix(16, role[k]), posKey[k]), nextPos[k]));
    keys[o + 16] = finish(mix(17, placeHit[k]));
    keys[o + 17] = finish(mix(18, suffixHit[k]));
    keys[o + 18] = finish(mix(mix(19, ahead[k]), suffixHit[k]));
    keys[o + 19] = finish(mix(mix(20, c0), role[k]));
    keys[o + 20] = finish(mix(mix(mix(21, wordLength[k]), role[k]), cls));
    keys[o + 21] = finish(mix(mix(22, cm1), cp1));
    keys[o + 22] = finish(mix(mix(23, role[k]), prevWord[k]));
    keys[o + 23] = finish(mix(mix(24, role[k]), nextWord[k]));
  }
  return keys;
}

/** Mark a match's characters as 1 + 4·kind + (0 B, 1 M, 2 E, 3 S); 0 stays "no match". */
function markMatch(hits: Int16Array, start: number, end: number, kind: number): void {
  const base = 1 + 4 * kind;
  if (end - start === 1) {
    hits[start] = base + 3;
    return;
  }
  hits[start] = base;
  for (let k = start + 1; k < end - 1; k++) hits[k] = base + 1;
  hits[end - 1] = base + 2;
}
