/**
 * Features of a stretch of text for the sequence model, as hashed 32-bit *groups* (see slots.ts): per character
 * the small and hot groups (bias, character classes, word role and POS, lexicon hits, surname roles,
 * transliteration runs, how far back a place name ended, typed entity-lexicon matches), per position the
 * character, bigram, trigram and skip-bigram groups, and per word its word group. The recogniser looks each group up once; the trainer lists the
 * same groups per character (`listFeatures`), so training and inference read one description and cannot drift.
 */
import * as characters from '../../doc/characters.js';
import type { TokenRange } from '../3-segment/index.js';
import * as hash from './hash.js';
import type { EntityLexicons } from './lexicons.js';
import { Scratch } from './scratch.js';
import { FEATURES_PER_CHAR, HOT_KINDS, ROLE, SLOT, SMALL_KINDS } from './slots.js';

export { FEATURES_PER_CHAR } from './slots.js';

// the hot loop's helpers bound once: a CommonJS build (tsx, vitest) turns every imported call into a getter call
const { finish, mix, mixRange } = hash;
const { isAsciiDigit, isAsciiLetter, isHan } = characters;

const PAD_BEFORE = -1;
const PAD_AFTER = -2;
/** Word groups of words longer than this share one key. */
const LONGEST_WORD = 6;

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

/**
 * The feature groups of one stretch of `n` characters. Arrays are shared buffers, valid until the next
 * `describePiece` call and longer than needed: read only the lengths documented.
 */
export interface PieceFeatures {
  n: number;
  /** SMALL_KINDS groups of character k at [k·SMALL_KINDS + kind]: few distinct combinations, so their sums are memoised. */
  small: Uint32Array;
  /** HOT_KINDS groups of character k at [k·HOT_KINDS + kind]. */
  hot: Uint32Array;
  /** Character group anchored at a (−1 … n, padding outside) at [a + 1]. */
  chars: Uint32Array;
  /** Bigram group (a, a+1) for a in −2 … n at [a + 2]. */
  bigrams: Uint32Array;
  /** Trigram (k−1, k, k+1) and skip-bigram (k−1, k+1) groups of character k. */
  trigrams: Uint32Array;
  skips: Uint32Array;
  /** Word role of character k (ROLE: 1 B, 2 M, 3 E, 4 S); every character is in a word. */
  role: Uint8Array;
  /** Number of words: the segmenter's tokens clipped to the stretch, gaps as one-character words. */
  words: number;
  /** Word u spans [wordStart[u], wordEnd[u]) (relative to the stretch). */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  /** Word group of word u at [u + 1], u in −1 … words (the edges before the first and after the last word). */
  wordGroups: Uint32Array;
  /** Word index of character k. */
  wordOf: Int32Array;
}
const DISTANCE_BUCKET = [0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 7, 7, 7];
const LOOKAHEAD = 12;

/** Working and output arrays, reused across calls (description is synchronous). */
const int8 = Array.from({ length: 5 }, () => new Scratch((n) => new Uint8Array(n)));
const int16 = Array.from({ length: 5 }, () => new Scratch((n) => new Int16Array(n)));
const int32 = Array.from({ length: 6 }, () => new Scratch((n) => new Int32Array(n)));
const uint32 = Array.from({ length: 7 }, () => new Scratch((n) => new Uint32Array(n)));

/** Seeds of the group hashes, one per kind, so no two kinds share a group. */
const SEED = { char: 4, bigram: 8, trigram: 11, skip: 22, word: 14, posOf: 0x9e37, wordText: 0x51ed } as const;

/**
 * The feature groups of text[from, to). `tokens` are the segmenter's words of that range (absolute positions, in
 * order; gaps are allowed).
 *
 * @example
 * const piece = describePiece('上饶市科技局', 0, 6, tokens, entityLexicons());
 * piece.chars[0 + 1] // the group of 上
 */
export function describePiece(text: string, from: number, to: number, tokens: readonly TokenRange[], lexicons: EntityLexicons): PieceFeatures {
  const n = Math.max(0, to - from);
  const words = clipWords(text, from, to, tokens);
  const { role, wordOf, wordStart, wordEnd, wordGroups } = words;
  const m = words.count;
  const wordLength = int8[1].get(n);
  const [posKey, nextPos] = [int32[3].get(n), int32[4].get(n)];
  for (let u = 0; u < m; u++) {
    const length = wordEnd[u] - wordStart[u];
    for (let k = wordStart[u]; k < wordEnd[u]; k++) {
      role[k] = length === 1 ? ROLE.single : k === wordStart[u] ? ROLE.begin : k === wordEnd[u] - 1 ? ROLE.end : ROLE.middle;
      wordOf[k] = u;
      wordLength[k] = Math.min(length, LONGEST_WORD);
      posKey[k] = words.pos[u];
      nextPos[k] = u + 1 < m ? words.pos[u + 1] : words.endPos;
    }
  }

  // lexicon hits: role of each character in a greedy longest match, with the match's kind
  const placeHit = int16[0].get(n).fill(0, 0, n);
  for (const hit of lexicons.places.scan(text, from, to)) markMatch(placeHit, hit.start - from, hit.end - from, hit.kind);
  const suffixHit = int16[1].get(n).fill(0, 0, n);
  const suffixStarts = int16[2].get(n).fill(-1, 0, n);
  for (const hit of lexicons.suffixes.scan(text, from, to)) {
    markMatch(suffixHit, hit.start - from, hit.end - from, hit.kind);
    suffixStarts[hit.start - from] = hit.kind;
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
  for (const hit of lexicons.surnames.scan(text, from, to)) {
    if (hit.end - hit.start === 1) surname[hit.start - from] = 1 + hit.kind;
    else for (let k = hit.start; k < hit.end; k++) surname[k - from] = k === hit.start ? 3 : 4;
  }
  // typed entity lexicon: role in a greedy longest match, with the match's type and reliability
  const entityHit = int16[4].get(n).fill(0, 0, n);
  if (lexicons.entities) for (const hit of lexicons.entities.scan(text, from, to)) markMatch(entityHit, hit.start - from, hit.end - from, hit.kind);
  const foreignRun = int8[3].get(n).fill(0, 0, n);
  markRuns(text, from, n, lexicons.foreign, foreignRun);

  // how far back the last place name ended (0 inside one, 7 none near): with the ending ahead, a body's frame
  const sincePlace = int8[4].get(n).fill(0, 0, n);
  let lastPlaceEnd = -1;
  for (let k = 0; k < n; k++) {
    if (placeHit[k] !== 0) {
      sincePlace[k] = 0;
      if ((placeHit[k] - 1) % 4 >= 2) lastPlaceEnd = k + 1;
    } else {
      const far = lastPlaceEnd === -1 || k - lastPlaceEnd >= DISTANCE_BUCKET.length;
      sincePlace[k] = far ? 7 : 1 + Math.min(DISTANCE_BUCKET[k - lastPlaceEnd], 5);
    }
    if (breaksName(charClass(text, from + k, from, to), text.charCodeAt(from + k))) lastPlaceEnd = -1;
  }

  const small = uint32[0].get(n * SMALL_KINDS);
  const hot = uint32[1].get(n * HOT_KINDS);
  const trigrams = uint32[2].get(n);
  const skips = uint32[3].get(n);
  for (let k = 0; k < n; k++) {
    const i = from + k;
    const cm1 = unit(text, i - 1, from, to);
    const cp1 = unit(text, i + 1, from, to);
    const c0 = unit(text, i, from, to);
    const cls = charClass(text, i, from, to);
    const s = k * SMALL_KINDS;
    small[s] = finish(mix(1, 0));
    small[s + 1] = finish(mix(mix(mix(12, charClass(text, i - 1, from, to)), cls), charClass(text, i + 1, from, to)));
    small[s + 2] = finish(mix(mix(13, role[k]), posKey[k]));
    small[s + 3] = finish(mix(17, placeHit[k]));
    small[s + 4] = finish(mix(18, suffixHit[k]));
    small[s + 5] = finish(mix(mix(19, ahead[k]), suffixHit[k]));
    small[s + 6] = finish(mix(mix(mix(21, wordLength[k]), role[k]), cls));
    const h = k * HOT_KINDS;
    hot[h] = finish(mix(mix(mix(mix(25, k >= 2 ? surname[k - 2] : 7), k >= 1 ? surname[k - 1] : 7), surname[k]), role[k]));
    hot[h + 1] = finish(mix(26, foreignRun[k]));
    hot[h + 2] = finish(mix(mix(27, sincePlace[k]), ahead[k]));
    hot[h + 3] = finish(mix(mix(mix(16, role[k]), posKey[k]), nextPos[k]));
    hot[h + 4] = finish(mix(28, entityHit[k]));
    trigrams[k] = finish(mix(mix(mix(SEED.trigram, cm1), c0), cp1));
    skips[k] = finish(mix(mix(SEED.skip, cm1), cp1));
  }
  const chars = uint32[4].get(n + 2);
  for (let a = -1; a <= n; a++) chars[a + 1] = finish(mix(SEED.char, unit(text, from + a, from, to)));
  const bigrams = uint32[5].get(n + 3);
  for (let a = -2; a <= n; a++) bigrams[a + 2] = finish(mix(mix(SEED.bigram, unit(text, from + a, from, to)), unit(text, from + a + 1, from, to)));
  return { n, small, hot, chars, bigrams, trigrams, skips, role, words: m, wordStart, wordEnd, wordGroups, wordOf };
}

/** The stretch's words: tokens clipped to it, each gap a one-character word, with their groups and POS hashes. */
function clipWords(text: string, from: number, to: number, tokens: readonly TokenRange[]) {
  const n = Math.max(0, to - from);
  const wordStart = int32[0].get(n);
  const wordEnd = int32[1].get(n);
  const pos = int32[2].get(n);
  const wordGroups = uint32[6].get(n + 2);
  const wordOf = int32[5].get(n);
  const role = int8[0].get(n);
  const noPos = mixRange(SEED.posOf, '', 0, 0);
  let count = 0;
  const add = (start: number, end: number, tag: string) => {
    wordStart[count] = start - from;
    wordEnd[count] = end - from;
    pos[count] = tag ? mixRange(SEED.posOf, tag, 0, tag.length) : noPos;
    const word = end - start <= LONGEST_WORD ? mixRange(SEED.wordText, text, start, end) : 0x7fff;
    wordGroups[count + 1] = finish(mix(SEED.word, word));
    count++;
  };
  let covered = from;
  for (const tok of tokens) {
    const start = Math.max(tok.start, covered);
    const end = Math.min(tok.end, to);
    if (end <= start) continue;
    for (let i = covered; i < start; i++) add(i, i + 1, '');
    add(start, end, tok.pos);
    covered = end;
  }
  for (let i = covered; i < to; i++) add(i, i + 1, '');
  const edge = finish(mix(SEED.word, 0));
  wordGroups[0] = edge;
  wordGroups[count + 1] = edge;
  return { count, wordStart, wordEnd, pos, wordGroups, wordOf, role, endPos: mixRange(SEED.posOf, '$', 0, 1) };
}

/**
 * The same features listed per character, FEATURES_PER_CHAR (group, slot) pairs each as `group · 64 + slot`
 * (exact in a double): what the trainer learns a weight row for. The recogniser never lists them; it looks each
 * group up once and lets its slots place the weights (model.ts), which adds up to the same.
 *
 * @example
 * const list = listFeatures(describePiece(text, 0, text.length, tokens, lexicons));
 * list.length // text.length * FEATURES_PER_CHAR
 */
export function listFeatures(piece: PieceFeatures, into: Float64Array = new Float64Array(piece.n * FEATURES_PER_CHAR)): Float64Array {
  const { n, small, hot, chars, bigrams, trigrams, skips, role, wordGroups, wordOf } = piece;
  const pair = (group: number, slot: number) => group * 64 + slot;
  for (let k = 0; k < n; k++) {
    let o = k * FEATURES_PER_CHAR;
    for (let kind = 0; kind < SMALL_KINDS; kind++) into[o++] = pair(small[k * SMALL_KINDS + kind], SLOT.small + kind);
    for (let kind = 0; kind < HOT_KINDS; kind++) into[o++] = pair(hot[k * HOT_KINDS + kind], SLOT.hot + kind);
    into[o++] = pair(chars[k], SLOT.charBefore); // anchor k − 1
    into[o++] = pair(chars[k + 1], SLOT.charAt);
    into[o++] = pair(chars[k + 2], SLOT.charAfter); // anchor k + 1
    into[o++] = pair(chars[k + 1], SLOT.charWithRole + role[k] - 1);
    into[o++] = pair(bigrams[k], SLOT.bigramBefore); // anchor k − 2
    into[o++] = pair(bigrams[k + 1], SLOT.bigramEnding);
    into[o++] = pair(bigrams[k + 2], SLOT.bigramStarting);
    into[o++] = pair(bigrams[k + 3], SLOT.bigramAfter);
    into[o++] = pair(trigrams[k], SLOT.trigram);
    into[o++] = pair(skips[k], SLOT.skip);
    const u = wordOf[k];
    into[o++] = pair(wordGroups[u + 1], SLOT.word + role[k] - 1);
    into[o++] = pair(wordGroups[u], SLOT.wordBefore + role[k] - 1);
    into[o++] = pair(wordGroups[u + 2], SLOT.wordAfter + role[k] - 1);
  }
  return into;
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
