/**
 * Features of each character for the sequence model, hashed to 32-bit keys without building strings: character
 * n-grams in a ±2 window, character classes, jieba word position, word and POS, place-lexicon and name-ending
 * hits, surname and transliteration-run roles, and how far back a place name ended. The trainer and the recogniser call the same function, so training and inference cannot drift apart.
 */
import * as characters from '../../doc/characters.js';
import type { TokenRange } from '../3-segment/index.js';
import * as hash from './hash.js';
import type { EntityLexicons } from './lexicons.js';
import { Scratch } from './scratch.js';

/** Keys per character; a key of 0 means "no feature in this slot". */
export const FEATURES_PER_CHAR = 24;

/**
 * The first SMALL_SLOTS keys of a character take their values from small sets (bias, character classes, word
 * role and POS, lexicon hits): few distinct combinations occur, so the model can remember their summed weights.
 *
 * @example
 * const small = keys.subarray(k * FEATURES_PER_CHAR, k * FEATURES_PER_CHAR + SMALL_SLOTS); // character k's
 */
export const SMALL_SLOTS = 7;

// the hot loop's helpers bound once: a CommonJS build (tsx, vitest) turns every imported call into a getter call
const { finish, mix, mixRange } = hash;
const { isAsciiDigit, isAsciiLetter, isHan } = characters;

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

/** Per-character working arrays, reused across calls (extraction is synchronous). */
const int8 = Array.from({ length: 5 }, () => new Scratch((n) => new Uint8Array(n)));
const int16 = Array.from({ length: 4 }, () => new Scratch((n) => new Int16Array(n)));
const int32 = Array.from({ length: 5 }, () => new Scratch((n) => new Int32Array(n)));

/**
 * Feature keys of text[from, to), FEATURES_PER_CHAR per character. `tokens` are the segmenter's words of that
 * range (absolute positions, in order; gaps are allowed). Written into `into` when given (at least
 * n·FEATURES_PER_CHAR long; the decoder reuses one), else into a new array.
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
  into?: Uint32Array,
): Uint32Array {
  const n = to - from;
  const keys = into ?? new Uint32Array(Math.max(0, n) * FEATURES_PER_CHAR);
  if (n <= 0) return keys;

  // word of each character: its role (1 B, 2 M, 3 E, 4 S, 0 none), and hashes of the word, its POS, next word's POS
  const role = int8[0].get(n).fill(0, 0, n);
  const wordLength = int8[1].get(n).fill(0, 0, n);
  const [wordKey, posKey, nextPos, prevWord, nextWord] = int32.map((b) => b.get(n).fill(0, 0, n));
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
      nextPos[k] = next;
      wordLength[k] = Math.min(end - start, 6);
      prevWord[k] = previousWord;
      nextWord[k] = afterWord;
    }
    previousWord = word;
  }

  // lexicon hits: role of each character in a greedy longest match, with the match's kind
  const placeHit = int16[0].get(n).fill(0, 0, n);
  for (const m of lexicons.places.scan(text, from, to)) markMatch(placeHit, m.start - from, m.end - from, m.kind);
  const suffixHit = int16[1].get(n).fill(0, 0, n);
  const suffixStarts = int16[2].get(n).fill(-1, 0, n);
  for (const m of lexicons.suffixes.scan(text, from, to)) {
    markMatch(suffixHit, m.start - from, m.end - from, m.kind);
    suffixStarts[m.start - from] = m.kind;
  }
  // the nearest name ending ahead within the same stretch of name-like characters
  const ahead = int16[3].get(n).fill(-1, 0, n);
  let nextStart = -1;
  for (let k = n - 1; k >= 0; k--) {
    const i = from + k;
    if (nextStart !== -1 && nextStart - k <= LOOKAHEAD) ahead[k] = suffixStarts[nextStart] * 8 + DISTANCE_BUCKET[nextStart - k];
    if (breaksName(charClass(text, i, from, to), text.charCodeAt(i))) nextStart = -1;
    else if (suffixStarts[k] !== -1) nextStart = k;
  }

  // person-name lexicon: each character's surname role, and the run of transliteration characters it sits in
  const surname = int8[2].get(n).fill(0, 0, n);
  // 1 common, 2 other single surname (their kinds + 1), 3 and 4 first and second character of a double one
  for (const m of lexicons.surnames.scan(text, from, to)) {
    if (m.end - m.start === 1) surname[m.start - from] = 1 + m.kind;
    else for (let k = m.start; k < m.end; k++) surname[k - from] = k === m.start ? 3 : 4;
  }
  const foreignRun = int8[3].get(n).fill(0, 0, n);
  markRuns(text, from, n, lexicons.foreign, foreignRun);

  // how far back the last place name ended (0 inside one, 7 none near): with the ending ahead, a body's frame
  const sincePlace = int8[4].get(n).fill(0, 0, n);
  let lastPlaceEnd = -1;
  for (let k = 0; k < n; k++) {
    if (placeHit[k] !== 0) {
      sincePlace[k] = 0;
      const role = (placeHit[k] - 1) % 4;
      if (role >= 2) lastPlaceEnd = k + 1;
    } else {
      const far = lastPlaceEnd === -1 || k - lastPlaceEnd >= DISTANCE_BUCKET.length;
      sincePlace[k] = far ? 7 : 1 + Math.min(DISTANCE_BUCKET[k - lastPlaceEnd], 5);
    }
    if (breaksName(charClass(text, from + k, from, to), text.charCodeAt(from + k))) lastPlaceEnd = -1;
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
    // first the SMALL_SLOTS, whose keys come from small sets: the model remembers the sums of their weights
    keys[o] = finish(mix(1, 0));
    keys[o + 1] = finish(mix(mix(mix(12, charClass(text, i - 1, from, to)), cls), charClass(text, i + 1, from, to)));
    keys[o + 2] = finish(mix(mix(13, role[k]), posKey[k]));
    keys[o + 3] = finish(mix(17, placeHit[k]));
    keys[o + 4] = finish(mix(18, suffixHit[k]));
    keys[o + 5] = finish(mix(mix(19, ahead[k]), suffixHit[k]));
    keys[o + 6] = finish(mix(mix(mix(21, wordLength[k]), role[k]), cls));
    // the rest: character n-grams and words, too many values to remember their sums; the person-name and
    // government-frame keys (7, 11, 18) take few values but stay here, as more small keys multiply the distinct
    // combinations the model memoises (measured no faster as small slots)
    keys[o + 7] = finish(mix(mix(mix(mix(25, k >= 2 ? surname[k - 2] : 7), k >= 1 ? surname[k - 1] : 7), surname[k]), role[k]));
    keys[o + 8] = finish(mix(3, cm1));
    keys[o + 9] = finish(mix(4, c0));
    keys[o + 10] = finish(mix(5, cp1));
    keys[o + 11] = finish(mix(26, foreignRun[k]));
    keys[o + 12] = finish(mix(mix(7, cm2), cm1));
    keys[o + 13] = finish(mix(mix(8, cm1), c0));
    keys[o + 14] = finish(mix(mix(9, c0), cp1));
    keys[o + 15] = finish(mix(mix(10, cp1), cp2));
    keys[o + 16] = finish(mix(mix(mix(11, cm1), c0), cp1));
    keys[o + 17] = finish(mix(mix(14, role[k]), wordKey[k]));
    keys[o + 18] = finish(mix(mix(27, sincePlace[k]), ahead[k]));
    keys[o + 19] = finish(mix(mix(mix(16, role[k]), posKey[k]), nextPos[k]));
    keys[o + 20] = finish(mix(mix(20, c0), role[k]));
    keys[o + 21] = finish(mix(mix(22, cm1), cp1));
    keys[o + 22] = finish(mix(mix(23, role[k]), prevWord[k]));
    keys[o + 23] = finish(mix(mix(24, role[k]), nextWord[k]));
  }
  return keys;
}

/** Longest run length remembered; longer runs share a bucket. */
const MAX_RUN = 6;

/**
 * Mark runs of transliteration characters (and the name dot ·) as 1 + 4·(length bucket) + (0 B, 1 M, 2 E, 3 S);
 * a run must hold a transliteration character, so a lone dot stays 0.
 */
function markRuns(text: string, from: number, n: number, foreign: ReadonlySet<number>, into: Uint8Array): void {
  let start = -1;
  let letters = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? text.charCodeAt(from + k) : -1;
    const inRun = c === 0xb7 || foreign.has(c);
    if (inRun) {
      if (start === -1) start = k;
      if (c !== 0xb7) letters++;
      continue;
    }
    if (start !== -1 && letters > 0) {
      const length = Math.min(k - start, MAX_RUN);
      if (k - start === 1) into[start] = 1 + 4 * length + 3;
      else for (let j = start; j < k; j++) into[j] = 1 + 4 * length + (j === start ? 0 : j === k - 1 ? 2 : 1);
    }
    start = -1;
    letters = 0;
  }
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
