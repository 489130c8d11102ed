/**
 * Position maps between a derived text (normalised, converted) and the text it came from.
 *
 * For every UTF-16 unit `i` of the derived text, `starts[i]`/`ends[i]` is the half-open range of source units it
 * came from. A unit copied one-to-one has a range of width 1; a replacement (`記憶體` → `内存`) maps every
 * derived unit to the whole source range; an inserted unit (a line break for `<p>`) has an empty range.
 * Ranges never decrease, so a derived span maps to a source span by its first and last unit.
 */
export interface OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Length of the source text. */
  readonly sourceLength: number;
}

/** A derived text together with the map back to its source; `map === null` means the text is the source. */
export interface MappedText {
  readonly text: string;
  readonly map: OffsetMap | null;
}

/**
 * Map a half-open span of the derived text back to the source.
 *
 * @example
 * // derived '进入' from source '進(jìn)入': the span [0,1) maps to [0,1), the span [0,2) to [0,7)
 */
export function toSourceSpan(map: OffsetMap | null, start: number, end: number): [number, number] {
  if (map === null) return [start, end];
  const length = map.starts.length;
  const sourceStart = start < length ? map.starts[start] : map.sourceLength;
  if (end <= start) return [sourceStart, sourceStart];
  const sourceEnd = map.ends[end - 1];
  return [sourceStart, sourceEnd > sourceStart ? sourceEnd : sourceStart];
}

/** The map of `inner` (derived from a middle text) followed by `outer` (middle text from the source). */
export function composeMaps(outer: OffsetMap | null, inner: OffsetMap | null): OffsetMap | null {
  if (outer === null) return inner;
  if (inner === null) return outer;
  const n = inner.starts.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const middleLength = outer.starts.length;
  for (let i = 0; i < n; i++) {
    const s = inner.starts[i];
    const e = inner.ends[i];
    const sourceStart = s < middleLength ? outer.starts[s] : outer.sourceLength;
    starts[i] = sourceStart;
    ends[i] = e > s ? outer.ends[e - 1] : sourceStart;
  }
  return { starts, ends, sourceLength: outer.sourceLength };
}

/**
 * Builds a derived text piece by piece while recording where each unit came from.
 * Steps of the normaliser scan their input once and call `copy` for kept runs and `replace` for edits.
 */
export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;
  private changed = false;

  constructor(private readonly source: string) {
    const capacity = Math.max(16, source.length);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Keep source units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.ensure(to - from);
    this.parts.push(this.source.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length++;
    }
  }

  /** Put `text` in place of source units [from, to); an empty range inserts, an empty text deletes. */
  replace(text: string, from: number, to: number): void {
    this.changed = true;
    if (text.length === 0) return;
    this.ensure(text.length);
    this.parts.push(text);
    const oneToOne = text.length === to - from;
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length] = oneToOne ? from + k : from;
      this.ends[this.length] = oneToOne ? from + k + 1 : to;
      this.length++;
    }
  }

  /** The derived text and its map, or the source itself with a null map when nothing was replaced. */
  build(): MappedText {
    if (!this.changed) return { text: this.source, map: null };
    return {
      text: this.parts.join(''),
      map: {
        starts: this.starts.subarray(0, this.length),
        ends: this.ends.subarray(0, this.length),
        sourceLength: this.source.length,
      },
    };
  }

  private ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}
