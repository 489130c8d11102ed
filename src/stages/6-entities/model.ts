/**
 * The trained entity model: sparse feature weights (32-bit feature key → a few (tag, weight) pairs), BIOES
 * transition scores and a confidence calibration. Stored as one binary file (data/ner-model.bin), read lazily
 * once per process; weights are int16 with one scale.
 *
 * File layout (little-endian): "ZHNER001" · u32 header length · header JSON (padded to 4) · keys u32[F] ·
 * offsets u32[F+1] · transitions f32[T·T + 2T] · weights i16[N] · tags u8[N].
 */
import { readFileSync } from 'node:fs';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import { FEATURES_PER_CHAR, SMALL_SLOTS } from './features.js';
import { MODEL_TYPES, TAG_COUNT } from './labels.js';
import { Scratch } from './scratch.js';
import { prepareChain, type Chain, type Transitions } from './viterbi.js';

const MAGIC = 'ZHNER001';

/** Remembered sums of the small slots' weights: direct-mapped, this many combinations (a power of 2). */
const MEMO_SIZE = 4096;

/** What the header of a model file says. */
export interface ModelHeader {
  types: string[];
  tagCount: number;
  featuresPerChar: number;
  /** Multiply an int16 weight by this to get its score. */
  scale: number;
  features: number;
  entries: number;
  /** confidence = 1 / (1 + exp(-(a · margin + b))), fitted on the held-out split. */
  calibration: { a: number; b: number };
  /** Free-form notes on how the model was trained (data, split, epochs). */
  training: Record<string, string | number>;
}

/** A model's sparse weights, in the form the trainer exports. */
export interface ModelWeights {
  keys: Uint32Array;
  offsets: Uint32Array;
  tags: Uint8Array;
  weights: Int16Array;
  transitions: Transitions;
}

/**
 * A loaded model: adds each character's feature weights into per-tag scores.
 *
 * @example
 * const model = loadModel();
 * model.emissions(extractFeatures(text, 0, text.length, tokens, entityLexicons()), text.length)
 */
export class NerModel {
  readonly header: ModelHeader;
  readonly transitions: Transitions;
  /** The transitions prepared for decoding, once. */
  readonly chain: Chain;
  /**
   * Open-addressing table, two int32 per slot: the key, and (first entry << 6 | entry count), 0 for an empty slot.
   * Keeping the key and its entries' place together costs one cache miss per look-up instead of three.
   */
  private readonly slots: Int32Array;
  /** Each entry one int32: tag << 16 | (int16 weight & 0xffff); half the memory of two arrays, one load. */
  private readonly entries: Int32Array;
  private readonly mask: number;
  /**
   * Summed weights `[line * T + t]` of the SMALL_SLOTS keys last seen at each memo line, and those keys: one
   * look-up of 29 sums replaces seven probes and ~170 additions for most characters. Integer sums, so a
   * remembered row is exactly what adding the weights again would give.
   */
  private readonly memoRows = new Int32Array(MEMO_SIZE * TAG_COUNT);
  private readonly memoKeys = new Int32Array(MEMO_SIZE * SMALL_SLOTS);
  private readonly memoFilled = new Uint8Array(MEMO_SIZE);
  /** Per-character integer sums before scaling, reused across sentences. */
  private readonly sums = new Scratch((n) => new Int32Array(n));

  constructor(header: ModelHeader, w: ModelWeights) {
    this.header = header;
    this.transitions = w.transitions;
    this.chain = prepareChain(w.transitions);
    this.entries = new Int32Array(w.tags.length);
    for (let j = 0; j < w.tags.length; j++) this.entries[j] = (w.tags[j] << 16) | (w.weights[j] & 0xffff);
    // linear probing on the (already hashed) key, at most 2/3 full; a small table stays in cache
    let size = 16;
    while (size * 2 < w.keys.length * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let f = 0; f < w.keys.length; f++) {
      let slot = w.keys[f] & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = w.keys[f] | 0;
      this.slots[slot * 2 + 1] = (w.offsets[f] << 6) | (w.offsets[f + 1] - w.offsets[f]);
    }
  }

  /**
   * Per-character tag scores `[i * T + t]` for `n` characters of feature keys, written into `out` when given (at
   * least n·T long; reused across sentences by the decoder) or a new array.
   */
  emissions(keys: Uint32Array, n: number, out: Float32Array = new Float32Array(n * TAG_COUNT)): Float32Array {
    const T = TAG_COUNT;
    // imported constants read once: a CommonJS build (tsx, vitest) turns each read into a getter call
    const per = FEATURES_PER_CHAR;
    const small = SMALL_SLOTS;
    const sums = this.sums.get(n * T);
    sums.fill(0, 0, n * T);
    const { memoRows, memoKeys, memoFilled } = this;
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const first = i * per;
      let h = 0;
      for (let s = first; s < first + small; s++) h = (Math.imul(h, 0x01000193) ^ keys[s]) | 0;
      const line = (h ^ (h >>> 15)) & (MEMO_SIZE - 1);
      const at = line * small;
      let hit = memoFilled[line] === 1;
      for (let j = 0; hit && j < small; j++) hit = memoKeys[at + j] === (keys[first + j] | 0);
      const row = line * T;
      if (!hit) {
        memoRows.fill(0, row, row + T);
        for (let j = 0; j < small; j++) {
          this.addWeights(keys[first + j] | 0, memoRows, row);
          memoKeys[at + j] = keys[first + j] | 0;
        }
        memoFilled[line] = 1;
      }
      for (let t = 0; t < T; t++) sums[o + t] = memoRows[row + t];
      for (let s = first + small; s < first + per; s++) this.addWeights(keys[s] | 0, sums, o);
    }
    // integer sums are exact whatever the order; scale once at the end
    const scale = this.header.scale;
    for (let k = 0, end = n * T; k < end; k++) out[k] = sums[k] * scale;
    return out;
  }

  /** Add the weights of feature `key` (if the model has it) into `into[at + tag]`. */
  private addWeights(key: number, into: Int32Array, at: number): void {
    const { slots, entries, mask } = this;
    let slot = (key & mask) * 2;
    let packed = slots[slot + 1];
    while (packed !== 0 && slots[slot] !== key) {
      slot = (slot + 2) & (mask * 2 + 1);
      packed = slots[slot + 1];
    }
    const first = packed >>> 6;
    for (let j = first, end = first + (packed & 63); j < end; j++) {
      const e = entries[j];
      into[at + (e >>> 16)] += (e << 16) >> 16;
    }
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
    Buffer.from(w.keys.buffer, w.keys.byteOffset, w.keys.byteLength),
    Buffer.from(w.offsets.buffer, w.offsets.byteOffset, w.offsets.byteLength),
    Buffer.from(trans.buffer),
    Buffer.from(w.weights.buffer, w.weights.byteOffset, w.weights.byteLength),
    Buffer.from(w.tags.buffer, w.tags.byteOffset, w.tags.byteLength),
  ];
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Read a model from the bytes of a model file.
 *
 * @example
 * parseModel(readFileSync('data/ner-model.bin')).header.types // ['company', 'organization', ...]
 */
export function parseModel(bytes: Uint8Array): NerModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new ZhnewsError('E_RESOURCE', 'not a zhnews entity model file');
  let at = 8;
  const headerLength = buf.readUInt32LE(at);
  at += 4;
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', at, at + headerLength)) as ModelHeader;
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', 'entity model file has a damaged header', { cause });
  }
  at += headerLength;
  if (header.tagCount !== TAG_COUNT || header.featuresPerChar !== FEATURES_PER_CHAR || header.types.join() !== MODEL_TYPES.join()) {
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
  const expected = at + header.features * 8 + 4 + (T * T + 2 * T) * 4 + header.entries * 3;
  if (buf.length !== expected) throw new ZhnewsError('E_RESOURCE', 'entity model file is truncated or damaged: retrain it');
  const keys = new Uint32Array(take(header.features * 4));
  const offsets = new Uint32Array(take((header.features + 1) * 4));
  const trans = new Float32Array(take((T * T + 2 * T) * 4));
  const weights = new Int16Array(take(header.entries * 2));
  const tags = new Uint8Array(take(header.entries));
  return new NerModel(header, {
    keys,
    offsets,
    weights,
    tags,
    transitions: { matrix: trans.subarray(0, T * T), start: trans.subarray(T * T, T * T + T), end: trans.subarray(T * T + T) },
  });
}

let shared: NerModel | null = null;

/**
 * The shipped model (data/ner-model.bin), loaded on first use and kept for the process.
 *
 * @example
 * loadModel().header.training.heldOut // e.g. '10% of lines by FNV-1a hash'
 */
export function loadModel(): NerModel {
  if (shared) return shared;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(dataPath('ner-model.bin'));
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', 'could not read data/ner-model.bin (run `npm run train:ner`)', { cause });
  }
  shared = parseModel(bytes);
  return shared;
}
