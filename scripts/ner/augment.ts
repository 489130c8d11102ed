/**
 * Training-data augmentation by mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation
 * for Named Entity Recognition"): copies of training sentences in which mentions of chosen types are swapped for
 * other mentions of the same type drawn from the same training sentences. The model then sees each context with
 * names it did not memorise, so it leans on the context and the name's shape rather than the name itself.
 * Callers pass training sentences only (never held-out or test-fold lines); the copies are segmented afresh.
 */
import type { Segmenter } from '../../src/stages/3-segment/index.js';
import type { ModelType, TypedSpan } from '../../src/stages/6-entities/labels.js';
import type { EntityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { prepare, type Example, type LabelledSentence } from './corpus.js';
import { seededRandom } from './random.js';

export interface AugmentOptions {
  /** Types whose mentions are replaced. */
  types: readonly ModelType[];
  /** Augmented copies made of each sentence that holds a mention of those types. */
  copies: number;
  /** Chance that each such mention is replaced in a copy (at least one always is). */
  rate: number;
  seed: number;
}

/**
 * Augmented copies of `sentences` (the originals are not included). Deterministic for a given seed and input.
 *
 * @example
 * augmentByMentionReplacement(train, { types: ['name', 'government'], copies: 1, rate: 0.5, seed: 1 }).length
 */
export function augmentByMentionReplacement(sentences: readonly LabelledSentence[], options: AugmentOptions): LabelledSentence[] {
  const wanted = new Set<ModelType>(options.types);
  const pool = mentionPool(sentences, wanted);
  const random = seededRandom(options.seed);
  const out: LabelledSentence[] = [];
  for (const sentence of sentences) {
    const spans = nonOverlapping(sentence.spans);
    const slots = spans.map((s, i) => (wanted.has(s.type) ? i : -1)).filter((i) => i !== -1);
    if (slots.length === 0) continue;
    for (let copy = 0; copy < options.copies; copy++) {
      const chosen = new Set(slots.filter(() => random() < options.rate));
      if (chosen.size === 0) chosen.add(slots[Math.floor(random() * slots.length)]);
      const replaced = replaceMentions(sentence, spans, chosen, pool, random);
      if (replaced) out.push(replaced);
    }
  }
  return out;
}

/** Distinct mention strings of each wanted type, in first-seen order (so the draw is reproducible). */
function mentionPool(sentences: readonly LabelledSentence[], wanted: ReadonlySet<ModelType>): Map<ModelType, string[]> {
  const seen = new Map<ModelType, Set<string>>();
  for (const s of sentences) {
    for (const span of s.spans) {
      if (!wanted.has(span.type)) continue;
      let set = seen.get(span.type);
      if (!set) seen.set(span.type, (set = new Set()));
      set.add(s.text.slice(span.start, span.end));
    }
  }
  return new Map([...seen].map(([type, set]) => [type, [...set]]));
}

/** Spans sorted by start with any span overlapping an earlier one dropped (as spansToTags would). */
function nonOverlapping(spans: readonly TypedSpan[]): TypedSpan[] {
  const kept: TypedSpan[] = [];
  let end = -1;
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (s.start < end || s.end <= s.start) continue;
    kept.push(s);
    end = s.end;
  }
  return kept;
}

/** The sentence with the chosen spans' text swapped for random pool mentions; null when nothing changed. */
function replaceMentions(
  sentence: LabelledSentence,
  spans: readonly TypedSpan[],
  chosen: ReadonlySet<number>,
  pool: ReadonlyMap<ModelType, readonly string[]>,
  random: () => number,
): LabelledSentence | null {
  let text = '';
  let at = 0;
  let changed = false;
  const moved: TypedSpan[] = [];
  spans.forEach((span, i) => {
    const original = sentence.text.slice(span.start, span.end);
    let mention = original;
    if (chosen.has(i)) {
      // uniform over the pool's other mentions: the last one stands in when the draw hits the original
      const options = pool.get(span.type) ?? [];
      if (options.length > 1) {
        mention = options[Math.floor(random() * (options.length - 1))];
        if (mention === original) mention = options[options.length - 1];
      }
    }
    if (mention !== original) changed = true;
    text += sentence.text.slice(at, span.start);
    moved.push({ start: text.length, end: text.length + mention.length, type: span.type });
    text += mention;
    at = span.end;
  });
  if (!changed) return null;
  text += sentence.text.slice(at);
  return { text, spans: moved, heldOut: false, hash: sentence.hash };
}

/**
 * Augmented copies of training examples, segmented and featurised like the originals. `copies` 0 gives none.
 *
 * @example
 * const extra = augmentExamples(train, nodejiebaSegmenter(), entityLexicons(), { types: ['name'], copies: 1, rate: 0.5, seed: 1 });
 */
export function augmentExamples(
  train: readonly Example[],
  segmenter: Segmenter,
  lexicons: EntityLexicons,
  options: AugmentOptions,
): Example[] {
  if (options.copies <= 0 || options.types.length === 0) return [];
  return prepare(augmentByMentionReplacement(train, options), segmenter, lexicons);
}
