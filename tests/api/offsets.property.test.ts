import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Doc } from '../../src/index.js';
import { misplacedSpans } from '../helpers.js';

/** Pieces that exercise every normalisation step, mixed with arbitrary code units. */
const FRAGMENTS = [
  '進(jìn)', '國內(nèi)', '(上海)', '(AT&S)', '<p>', '</p>', '<br/>', '<script>x</script>', '&amp;', '&#20013;', '&bogus;',
  '１２０亿', '（', '）', '\r\n', '\r', '記憶體', '上饒', '𠮷', '\ud800', '\udc00', '2000', '33.24%', '1,100万', '。', '！',
  '”', '来源:', '时间:2024-07-11', '浏览字号', '您现在的位置', '\u200b', '\u00a0', '\u3000', 'G60', ' ', '\n', '\t',
  '上饶市科技局', '长三角', '7月4日', '…', '(', ')', '<', '>', '&',
];

const articleLike = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 60 })
  .map((parts) => parts.join(''));

function allSpans(doc: Doc) {
  return [...doc.boilerplate, ...doc.paragraphs, ...doc.sentences, ...doc.tokens, ...doc.entities, ...doc.figures];
}

describe('offsets: input.slice(start, end) === text for every span', () => {
  it('holds on arbitrary article-like strings, and analysis never throws', () => {
    fc.assert(
      fc.property(articleLike, (input) => {
        const doc = analyze(input);
        expect(doc.text).toBe(input);
        expect(misplacedSpans(input, allSpans(doc))).toEqual([]);
        for (const s of allSpans(doc)) expect(s.start <= s.end && s.start >= 0 && s.end <= input.length).toBe(true);
      }),
      { numRuns: 300, seed: 20240711 },
    );
  });

  it('holds on arbitrary full-range strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        expect(misplacedSpans(input, allSpans(analyze(input)))).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps tokens in document order without overlap', () => {
    fc.assert(
      fc.property(articleLike, (input) => {
        const tokens = analyze(input).tokens;
        for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
