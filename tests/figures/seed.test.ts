import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { normalize } from '../../src/stages/1-normalize/index.js';
import type { Figure } from '../../src/types.js';
import { misplacedSpans, seed } from '../helpers.js';

interface GoldFigure {
  text: string;
  kind: Figure['kind'];
  value: number | string;
  unit?: string;
  approx?: Figure['approx'];
  subject?: string;
  occurrences?: number;
}

const doc = analyze(seed.text());
const gold = seed.gold() as { figures: GoldFigure[]; not_figures: string[] };
/** The figure texts as a reader sees them: Simplified, without pinyin annotations. */
const clean = (f: Figure) => normalize(f.text).text;

describe('figures on the seed article', () => {
  it('keeps every figure span in place', () => {
    expect(misplacedSpans(doc.text, doc.figures)).toEqual([]);
  });

  describe.each(gold.figures)('$text', (want) => {
    const found = doc.figures.filter((f) => clean(f) === want.text);

    it(`is found ${want.occurrences ?? 1} time(s) as ${want.kind} ${want.value}`, () => {
      expect(found).toHaveLength(want.occurrences ?? 1);
      for (const f of found) {
        expect(f.kind).toBe(want.kind);
        expect(f.value).toBe(want.value);
        if (want.unit !== undefined) expect(f.unit).toBe(want.unit); // the gold leaves % unstated
        expect(f.approx ?? null).toBe(want.approx ?? null);
      }
    });

    if (want.subject !== undefined) {
      it(`has subject ${want.subject}`, () => {
        for (const f of found) expect(f.subject).toBe(want.subject);
      });
    }
  });

  it.each(gold.not_figures.map((n) => n.split(' (')[0]))('does not report %s', (phrase) => {
    const inside = doc.figures.filter((f) => phrase.includes(clean(f)) || clean(f).includes(phrase));
    expect(inside.map(clean)).toEqual([]);
  });
});
