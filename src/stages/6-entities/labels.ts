/**
 * The label set of the sequence model: CLUENER's types in BIOES over characters, and the conversions between tag
 * sequences and spans. Tag 0 is O; type k has B = 1 + 4k, I = 2 + 4k, E = 3 + 4k, S = 4 + 4k.
 */

/**
 * The model's types, in the order it numbers them: CLUENER2020's six news types, and `other` for its book, game,
 * movie and scene labels. zhnews reports none of those four, but the model still learns that they are names and
 * not companies; one merged class keeps the tag set at 29 and decoding twice as fast as with all ten.
 */
export const MODEL_TYPES = ['company', 'organization', 'government', 'name', 'address', 'position', 'other'] as const;

export type ModelType = (typeof MODEL_TYPES)[number];

/** CLUENER types the model learns under another name. */
export const MERGED_TYPES: Readonly<Record<string, ModelType>> = { book: 'other', game: 'other', movie: 'other', scene: 'other' };

/** A typed range of a sentence. */
export interface TypedSpan {
  start: number;
  end: number;
  type: ModelType;
}

export const TAG_COUNT = 1 + 4 * MODEL_TYPES.length;

const B = 1;
const I = 2;
const E = 3;
const S = 4;

/** 0 for O; else 1 + the type index. */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 2;
}

/** 0 for O; 1 B, 2 I, 3 E, 4 S. */
export function tagRole(tag: number): number {
  return tag === 0 ? 0 : ((tag - 1) & 3) + 1;
}

/**
 * Whether tag `next` may follow tag `prev` in BIOES (prev -1: sentence start).
 *
 * @example
 * allowedTransition(1, 3) // true: B-company then E-company
 */
export function allowedTransition(prev: number, next: number): boolean {
  const open = prev !== -1 && (tagRole(prev) === B || tagRole(prev) === I);
  const continues = tagRole(next) === I || tagRole(next) === E;
  if (open) return continues && tagType(next) === tagType(prev);
  return !continues;
}

/** Whether a sequence may end on `tag`. */
export function allowedEnd(tag: number): boolean {
  const role = tagRole(tag);
  return role !== B && role !== I;
}

/**
 * BIOES tags of a sentence of `length` characters with the given spans (overlapping spans: the first wins).
 *
 * @example
 * spansToTags(4, [{ start: 0, end: 2, type: 'company' }]) // Uint8Array [1, 3, 0, 0]
 */
export function spansToTags(length: number, spans: readonly TypedSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const span of spans) {
    if (span.start < 0 || span.end > length || span.end <= span.start) continue;
    let free = true;
    for (let i = span.start; i < span.end; i++) if (tags[i] !== 0) free = false;
    if (!free) continue;
    const base = 4 * MODEL_TYPES.indexOf(span.type);
    if (span.end - span.start === 1) tags[span.start] = base + S;
    else {
      tags[span.start] = base + B;
      for (let i = span.start + 1; i < span.end - 1; i++) tags[i] = base + I;
      tags[span.end - 1] = base + E;
    }
  }
  return tags;
}

/**
 * The spans a valid BIOES sequence spells.
 *
 * @example
 * tagsToSpans(Uint8Array.of(1, 3, 0)) // [{ start: 0, end: 2, type: 'company' }]
 */
export function tagsToSpans(tags: ArrayLike<number>): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const role = tagRole(tags[i]);
    const type = MODEL_TYPES[tagType(tags[i])];
    if (role === S) spans.push({ start: i, end: i + 1, type });
    else if (role === B) open = i;
    else if (role === E && open !== -1) {
      spans.push({ start: open, end: i + 1, type });
      open = -1;
    } else if (role === 0) open = -1;
  }
  return spans;
}
