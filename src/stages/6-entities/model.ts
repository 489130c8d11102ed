/**
 * The trained entity model: feature weights grouped by the hashed string they read (32-bit group key → its
 * (slot, tag, weight) entries, see slots.ts), BIOES transition scores and a confidence calibration. Stored as one
 * binary file (data/ner-model.bin), read lazily once per process; weights are int16 with one scale.
 *
 * File layout (little-endian): "ZHNER002" · u32 header length · header JSON (padded to 4) · group keys u32[G] ·
 * offsets u32[G+1] · transitions f32[T·T + 2T] · entries i32[N]: each group's weights as runs of one slot, a run
 * being a header (slot << 16 | count) and `count` weights (tag << 16 | int16 weight).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import { decodeEntityLexicon } from './entity-lexicon.js';
import type { PieceFeatures } from './features.js';
import { MODEL_TYPES, TAG_COUNT } from './labels.js';
import { SumMemo } from './memo.js';
import { Scratch } from './scratch.js';
import { FEATURES_PER_CHAR, HOT_KINDS, ROLE, SLOT, SLOT_COUNT, SLOT_ROLE, SLOT_SHIFT, SMALL_KINDS, WORD_SLOT_TOKEN } from './slots.js';
import type { Trie } from './trie.js';
import { prepareChain, type Chain, type Transitions } from './viterbi.js';

const MAGIC = 'ZHNER002';

/** A group's entries (run headers included) are counted in 9 bits of its table slot; the trainer keeps groups within this. */
export const MAX_GROUP_ENTRIES = 511;
/** ...and located in the other 23. */
export const MAX_ENTRIES = 2 ** 23;

/** What the header of a model file says. */
export interface ModelHeader {
  types: string[];
  tagCount: number;
  featuresPerChar: number;
  slots: number;
  /** Multiply an int16 weight by this to get its score. */
  scale: number;
  groups: number;
  entries: number;
  /** confidence = 1 / (1 + exp(-(a · margin + b))), fitted on the held-out split. */
  calibration: { a: number; b: number };
  /**
   * The typed entity lexicon the model was trained to read (entity-lexicon.ts, encoded); absent, no character is
   * in a match.
   */
  entityLexicon?: string;
  /** Free-form notes on how the model was trained (data, split, epochs). */
  training: Record<string, string | number>;
}

/** A model's weights, in the form the trainer exports and the file stores. */
export interface ModelWeights {
  /** Group keys, ascending. */
  groups: Uint32Array;
  /** Entries of group g are entries[offsets[g], offsets[g+1]). */
  offsets: Uint32Array;
  /** Each group's runs: a header slot << 16 | count, then count weights tag << 16 | (int16 weight & 0xffff). */
  entries: Int32Array;
  transitions: Transitions;
}

/** One quantised weight of a feature group. */
export interface GroupWeight {
  slot: number;
  tag: number;
  /** int16 */
  weight: number;
}

/**
 * A group's weights as the entries the file stores: runs of one slot (header, then its weights), by slot and tag.
 *
 * @example
 * packGroup([{ slot: SLOT.charAt, tag: 3, weight: -12 }]) // [SLOT.charAt << 16 | 1, 3 << 16 | (-12 & 0xffff)]
 */
export function packGroup(weights: readonly GroupWeight[]): number[] {
  const sorted = [...weights].sort((a, b) => a.slot - b.slot || a.tag - b.tag);
  const out: number[] = [];
  let header = -1;
  for (const w of sorted) {
    if (header === -1 || out[header] >>> 16 !== w.slot) {
      header = out.length;
      out.push(w.slot << 16);
    }
    out[header]++;
    out.push((w.tag << 16) | (w.weight & 0xffff));
  }
  return out;
}

/**
 * A loaded model: adds each feature group's weights into per-tag scores at the characters its slots name.
 *
 * @example
 * const model = loadModel();
 * model.emissions(describePiece(text, 0, text.length, tokens, entityLexicons()))
 */
export class NerModel {
  readonly header: ModelHeader;
  readonly transitions: Transitions;
  /** The transitions prepared for decoding, once. */
  readonly chain: Chain;
  /** The entity lexicon of the model file, or null: what its features read, whatever lexicons a caller passes. */
  readonly entities: Trie | null;
  /**
   * Open-addressing table, two int32 per slot: the group key, and (first entry << 9 | entry count), 0 for an
   * empty slot. Keeping the key and its entries' place together costs one cache miss per look-up instead of three.
   */
  private readonly table: Int32Array;
  private readonly entries: Int32Array;
  private readonly mask: number;
  /**
   * Remembered sums of the small groups' weights: most characters repeat a combination, so one row copy replaces
   * seven look-ups. (The hot groups' combinations were tried in a second memo: no faster.)
   */
  private readonly smallMemo = new SumMemo(SMALL_KINDS);
  /** Per-character integer sums before scaling, reused across pieces. */
  private readonly sums = new Scratch((n) => new Int32Array(n));

  constructor(header: ModelHeader, w: ModelWeights) {
    this.header = header;
    this.transitions = w.transitions;
    this.chain = prepareChain(w.transitions);
    this.entities = header.entityLexicon ? decodeEntityLexicon(header.entityLexicon) : null;
    this.entries = w.entries;
    // linear probing on the (already hashed) key, at most 2/3 full
    let size = 16;
    while (size * 2 < w.groups.length * 3) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size * 2);
    if (w.entries.length > MAX_ENTRIES) throw new ZhnewsError('E_RESOURCE', 'entity model has too many weights to index');
    for (let g = 0; g < w.groups.length; g++) {
      if (w.offsets[g + 1] - w.offsets[g] > MAX_GROUP_ENTRIES) throw new ZhnewsError('E_RESOURCE', 'entity model has an oversized feature group');
      let slot = w.groups[g] & this.mask;
      while (this.table[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.table[slot * 2] = w.groups[g] | 0;
      this.table[slot * 2 + 1] = (w.offsets[g] << 9) | (w.offsets[g + 1] - w.offsets[g]);
    }
  }

  /**
   * Per-character tag scores `[k * T + t]` of a described piece, written into `out` when given (at least n·T
   * long; reused across pieces by the decoder) or a new array.
   */
  emissions(piece: PieceFeatures, out: Float32Array = new Float32Array(piece.n * TAG_COUNT)): Float32Array {
    const T = TAG_COUNT;
    const { n, small, hot, chars, bigrams, trigrams, skips } = piece;
    // imported constants read once: a CommonJS build (tsx, vitest) turns each read into a getter call
    const smallKinds = SMALL_KINDS;
    const hotKinds = HOT_KINDS;
    const { hot: hotSlot, trigram, skip, charBefore, charWithRole, bigramBefore, bigramAfter } = SLOT;
    const sums = this.sums.get(n * T);
    sums.fill(0, 0, n * T);
    const { smallMemo } = this;
    const smallRows = smallMemo.rows;
    for (let k = 0; k < n; k++) {
      const o = k * T;
      let line = smallMemo.find(small, k * smallKinds);
      if (line < 0) {
        line = smallMemo.claim(small, k * smallKinds, ~line);
        for (let j = 0; j < smallKinds; j++) this.addSlot(small[k * smallKinds + j] | 0, j, smallRows, line * T);
      }
      for (let t = 0, r = line * T; t < T; t++) sums[o + t] = smallRows[r + t];
      for (let j = 0; j < hotKinds; j++) this.addSlot(hot[k * hotKinds + j] | 0, hotSlot + j, sums, o);
      this.addSlot(trigrams[k] | 0, trigram, sums, o);
      this.addSlot(skips[k] | 0, skip, sums, o);
    }
    for (let a = -1; a <= n; a++) this.addPositional(chars[a + 1] | 0, charBefore, charWithRole + 3, a, piece, sums);
    for (let a = -2; a <= n; a++) this.addPositional(bigrams[a + 2] | 0, bigramBefore, bigramAfter, a, piece, sums);
    for (let u = -1; u <= piece.words; u++) this.addWord(piece.wordGroups[u + 1] | 0, u, piece, sums);
    // integer sums are exact whatever the order; scale once at the end
    const scale = this.header.scale;
    for (let k = 0, end = n * T; k < end; k++) out[k] = sums[k] * scale;
    return out;
  }

  /**
   * The per-tag scores one feature (a group read through one slot) adds to the character it lands on: for
   * inspecting a decision, and the reference the grouped look-ups are tested against.
   *
   * @example
   * const [group] = describePiece('科', 0, 1, [], entityLexicons()).chars.subarray(1, 2);
   * loadModel().featureScores(group, SLOT.charAt) // Float32Array of TAG_COUNT scores
   */
  featureScores(group: number, slot: number): Float32Array {
    const sums = new Int32Array(TAG_COUNT);
    this.addSlot(group | 0, slot, sums, 0);
    return Float32Array.from(sums, (v) => v * this.header.scale);
  }

  /** Where group `key`'s entries are: first << 9 | count, or 0 when the model has no such group. */
  private find(key: number): number {
    const { table, mask } = this;
    let slot = (key & mask) * 2;
    let packed = table[slot + 1];
    while (packed !== 0 && table[slot] !== key) {
      slot = (slot + 2) & (mask * 2 + 1);
      packed = table[slot + 1];
    }
    return packed;
  }

  /** Add group `key`'s weights of slot `slot` into `into[at + tag]`. */
  private addSlot(key: number, slot: number, into: Int32Array, at: number): void {
    const packed = this.find(key);
    const entries = this.entries;
    for (let j = packed >>> 9, end = j + (packed & 511); j < end; ) {
      const header = entries[j++];
      const count = header & 0xffff;
      if (header >>> 16 === slot) addRun(entries, j, count, into, at);
      j += count;
    }
  }

  /** Add the weights of a group anchored at character `a`, slots lo…hi, each run where its slot lands. */
  private addPositional(key: number, lo: number, hi: number, a: number, piece: PieceFeatures, into: Int32Array): void {
    const packed = this.find(key);
    const { entries } = this;
    const { n, role } = piece;
    for (let j = packed >>> 9, end = j + (packed & 511); j < end; ) {
      const header = entries[j++];
      const count = header & 0xffff;
      const slot = header >>> 16;
      const k = a + SLOT_SHIFT[slot];
      const wanted = SLOT_ROLE[slot];
      if (slot >= lo && slot <= hi && k >= 0 && k < n && (wanted === 0 || role[k] === wanted)) addRun(entries, j, count, into, k * TAG_COUNT);
      j += count;
    }
  }

  /** Add the weights of word u's group (u = −1 and u = words are the edges) to the characters its slots name. */
  private addWord(key: number, u: number, piece: PieceFeatures, into: Int32Array): void {
    const packed = this.find(key);
    const { entries } = this;
    const { words, wordStart, wordEnd } = piece;
    const T = TAG_COUNT;
    for (let j = packed >>> 9, end = j + (packed & 511); j < end; ) {
      const header = entries[j++];
      const count = header & 0xffff;
      const slot = header >>> 16;
      const target = u + WORD_SLOT_TOKEN[slot];
      if (slot >= SLOT.word && target >= 0 && target < words) {
        const start = wordStart[target];
        const last = wordEnd[target] - 1;
        const wanted = SLOT_ROLE[slot];
        if (start === last) {
          if (wanted === ROLE.single) addRun(entries, j, count, into, start * T);
        } else if (wanted === ROLE.begin) addRun(entries, j, count, into, start * T);
        else if (wanted === ROLE.end) addRun(entries, j, count, into, last * T);
        else if (wanted === ROLE.middle) for (let k = start + 1; k < last; k++) addRun(entries, j, count, into, k * T);
      }
      j += count;
    }
  }
}

/** Add `count` weights from entries[j] on into[at + tag]. */
function addRun(entries: Int32Array, j: number, count: number, into: Int32Array, at: number): void {
  for (let end = j + count; j < end; j++) {
    const e = entries[j];
    into[at + (e >>> 16)] += (e << 16) >> 16;
  }
}

/**
 * Serialise a model to the bytes of a model file.
 *
 * @example
 * writeFileSync('data/ner-model.bin', serializeModel(header, weights))
 */
export function serializeModel(header: ModelHeader, w: ModelWeights): Uint8Array {
  const T = TAG_COUNT;
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - (json.length % 4)) % 4;
  if (pad) json = Buffer.concat([json, Buffer.from(' '.repeat(pad))]);
  const trans = new Float32Array(T * T + 2 * T);
  trans.set(w.transitions.matrix, 0);
  trans.set(w.transitions.start, T * T);
  trans.set(w.transitions.end, T * T + T);
  const parts = [
    Buffer.from(MAGIC, 'latin1'),
    Buffer.from(Uint32Array.of(json.length).buffer),
    json,
    Buffer.from(w.groups.buffer, w.groups.byteOffset, w.groups.byteLength),
    Buffer.from(w.offsets.buffer, w.offsets.byteOffset, w.offsets.byteLength),
    Buffer.from(trans.buffer),
    Buffer.from(w.entries.buffer, w.entries.byteOffset, w.entries.byteLength),
  ];
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * The header of a model file, whatever its feature layout (a model of another layout cannot be parsed, but its
 * calibration can still be read: cross-validation with a new feature gives its fold models the shipped one's).
 *
 * @example
 * readModelHeader(readFileSync('data/ner-model.bin')).calibration // { a: …, b: … }
 */
export function readModelHeader(bytes: Uint8Array): ModelHeader {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) throw new ZhnewsError('E_RESOURCE', 'not a zhnews entity model file');
  const headerLength = buf.readUInt32LE(8);
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as ModelHeader;
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', 'entity model file has a damaged header', { cause });
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.types) || !Number.isInteger(header.groups) || !Number.isInteger(header.entries)) {
    throw new ZhnewsError('E_RESOURCE', 'entity model file has a damaged header');
  }
  return header;
}

/**
 * Read a model from the bytes of a model file.
 *
 * @example
 * parseModel(readFileSync('data/ner-model.bin')).header.types // ['company', 'organization', ...]
 */
export function parseModel(bytes: Uint8Array): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = readModelHeader(bytes);
  let at = 12 + buf.readUInt32LE(8);
  const sameLayout = header.featuresPerChar === FEATURES_PER_CHAR && header.slots === SLOT_COUNT;
  if (header.tagCount !== TAG_COUNT || !sameLayout || header.types.join() !== MODEL_TYPES.join()) {
    throw new ZhnewsError('E_RESOURCE', 'entity model was trained with another label set or feature layout: retrain it');
  }
  // copy each section: the Buffer's offset need not be aligned for typed arrays
  const take = (bytesLength: number) => {
    const slice = new Uint8Array(bytesLength);
    slice.set(buf.subarray(at, at + bytesLength));
    at += bytesLength;
    return slice.buffer;
  };
  const T = TAG_COUNT;
  const expected = at + header.groups * 8 + 4 + (T * T + 2 * T) * 4 + header.entries * 4;
  if (buf.length !== expected) throw new ZhnewsError('E_RESOURCE', 'entity model file is truncated or damaged: retrain it');
  const groups = new Uint32Array(take(header.groups * 4));
  const offsets = new Uint32Array(take((header.groups + 1) * 4));
  const trans = new Float32Array(take((T * T + 2 * T) * 4));
  const entries = new Int32Array(take(header.entries * 4));
  return new NerModel(header, {
    groups,
    offsets,
    entries,
    transitions: { matrix: trans.subarray(0, T * T), start: trans.subarray(T * T, T * T + T), end: trans.subarray(T * T + T) },
  });
}

let shared: NerModel | null = null;
/** Models loaded from users' files, by path: analysers given the same file share one copy. */
const byPath = new Map<string, NerModel>();

/**
 * The shipped model (data/ner-model.bin), loaded on first use and kept for the process.
 *
 * @example
 * loadModel().header.training.heldOut // e.g. '10% of lines by FNV-1a hash'
 */
export function loadModel(): NerModel {
  shared ??= readModel(dataPath('ner-model.bin'), ' (run `npm run train:ner`)');
  return shared;
}

/**
 * A model file trained with `npm run train:ner` (your own labelled data), loaded once per path and kept for the
 * process. Throws `ZhnewsError` E_RESOURCE when the file cannot be read or is not a model of this version.
 *
 * @example
 * loadModelFile('models/my-news.bin').header.training.data // 'my.jsonl'
 */
export function loadModelFile(path: string): NerModel {
  const key = resolve(path);
  let model = byPath.get(key);
  if (!model) {
    model = readModel(key, '');
    byPath.set(key, model);
  }
  return model;
}

function readModel(path: string, hint: string): NerModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', `could not read the entity model ${path}${hint}`, { cause });
  }
  return parseModel(bytes);
}
