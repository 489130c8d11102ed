import { describe, expect, it } from 'vitest';
import { augmentByMentionReplacement } from '../../scripts/ner/augment.js';
import type { LabelledSentence } from '../../scripts/ner/corpus.js';
import type { TypedSpan } from '../../src/stages/6-entities/labels.js';

let lines = 0;
const sentence = (text: string, ...mentions: [string, TypedSpan['type']][]): LabelledSentence => ({
  text,
  heldOut: false,
  hash: lines++,
  spans: mentions.map(([m, type]) => ({ start: text.indexOf(m), end: text.indexOf(m) + m.length, type })),
});

const train = [
  sentence('王立新说,上饶市科技局将扩大投入。', ['王立新', 'name'], ['上饶市科技局', 'government']),
  sentence('陈晓东在青木光电调研。', ['陈晓东', 'name'], ['青木光电', 'company']),
  sentence('李雯出席了会议。', ['李雯', 'name']),
  sentence('今天天气很好。'),
  sentence('国务院办公厅印发通知。', ['国务院办公厅', 'government']),
];

const spelled = (s: LabelledSentence) => s.spans.map((span) => [s.text.slice(span.start, span.end), span.type]);

describe('mention replacement', () => {
  it.each([
    { types: ['name'] as const, copies: 1, rate: 1 },
    { types: ['name', 'government'] as const, copies: 2, rate: 0.5 },
    { types: ['government'] as const, copies: 3, rate: 1 },
  ])('keeps every span on its text and type ($types, $copies copies, rate $rate)', (options) => {
    const copies = augmentByMentionReplacement(train, { ...options, seed: 3 });
    expect(copies.length).toBeGreaterThan(0);
    const names = new Set(['王立新', '陈晓东', '李雯']);
    for (const copy of copies) {
      expect(copy.heldOut).toBe(false);
      const original = train.find((s) => s.hash === copy.hash)!;
      expect(copy.text).not.toBe(original.text);
      expect(copy.spans.filter((s, i) => copy.text.slice(s.start, s.end) !== original.text.slice(original.spans[i].start, original.spans[i].end)).every((s) => options.types.includes(s.type as never))).toBe(true);
      // the same types in the same order; replaced mentions come from the pool of their type
      expect(copy.spans.map((s) => s.type)).toEqual(original.spans.map((s) => s.type));
      for (const [text, type] of spelled(copy)) {
        if (type === 'name') expect(names.has(text)).toBe(true);
        if (type === 'company') expect(text).toBe('青木光电');
      }
    }
  });

  it('is the same for the same seed and makes nothing from sentences without those types', () => {
    const a = augmentByMentionReplacement(train, { types: ['name'], copies: 2, rate: 0.5, seed: 9 });
    const b = augmentByMentionReplacement(train, { types: ['name'], copies: 2, rate: 0.5, seed: 9 });
    expect(a).toEqual(b);
    expect(a.some((s) => s.text.includes('天气'))).toBe(false);
  });

  it('shifts the spans after a mention of another length', () => {
    const copies = augmentByMentionReplacement(train.slice(0, 3), { types: ['name'], copies: 4, rate: 1, seed: 1 });
    const moved = copies.find((s) => s.text.startsWith('李雯说'));
    expect(moved && spelled(moved)).toEqual([
      ['李雯', 'name'],
      ['上饶市科技局', 'government'],
    ]);
  });
});
