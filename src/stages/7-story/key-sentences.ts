import type { Analysis } from '../../doc/analysis.js';
import type { Range } from '../2-article/index.js';
import { contentWords, type ContentWord } from './content-words.js';
import { rangeAt } from '../../doc/range-search.js';

/** TextRank settings and the prior toward the lede and toward sentences rich in entities and figures; tune here. */
export const KEY_SENTENCE_SETTINGS = {
  damping: 0.85,
  iterations: 30,
  /** Prior of a sentence of the first body paragraph, added to 1. */
  lede: 2,
  /** Body lines that do not end like a sentence (subheadings) are ranked only when fewer statements than this. */
  minStatements: 3,
  /** Prior per distinct entity and per figure in a sentence, up to `richCap`. */
  perMention: 0.4,
  richCap: 3,
  /** Sentences shorter than this (characters) are not summary material. */
  minLength: 12,
  /** Only the first this many sentences are ranked: bounds the pairwise similarity on very long input. */
  maxSentences: 400,
  /** One key sentence per this many body sentences, at least 1 and at most `max`. */
  per: 6,
  max: 5,
} as const;

/**
 * Key sentences in document order: TextRank (Mihalcea & Tarau 2004) over body sentences, sentences linked by
 * shared content words, with a teleport prior toward the lede and toward sentences naming many entities and figures.
 *
 * @example
 * pickKeySentences(analysis) // [{ start: 120, end: 230 }, …] in document order
 * pickKeySentences(analysis, contentWords(analysis)) // the same, with content words already found
 */
export function pickKeySentences(analysis: Analysis, words: readonly ContentWord[] = contentWords(analysis)): Range[] {
  const s = KEY_SENTENCE_SETTINGS;
  const { layout } = analysis;
  const lede = layout.paragraphs.findIndex((p) => p.role === 'body');
  const long = layout.sentences.filter((x) => x.role === 'body' && x.end - x.start >= s.minLength).slice(0, s.maxSentences);
  // a line without closing punctuation inside the body is a subheading (四川家具酝酿北方建生产基地), not a statement
  const statements = long.filter((x) => endsStatement(analysis.text, x));
  const candidates = statements.length >= s.minStatements ? statements : long;
  if (candidates.length === 0) return [];

  const prior = candidates.map((x) => 1 + (x.paragraph === lede ? s.lede : 0));
  const rich = new Array<number>(candidates.length).fill(0);
  for (const m of [...analysis.entities, ...analysis.figures]) {
    const k = rangeAt(candidates, m.start);
    if (k !== -1) rich[k] += s.perMention;
  }
  rich.forEach((r, k) => (prior[k] += Math.min(r, s.richCap)));

  const rank = textRank(similarities(words, candidates), prior);
  const wanted = Math.min(s.max, Math.max(1, Math.ceil(candidates.length / s.per)));
  return rank
    .map((score, k) => ({ score, k }))
    .sort((a, b) => b.score - a.score || a.k - b.k)
    .slice(0, wanted)
    .sort((a, b) => a.k - b.k)
    .map(({ k }) => ({ start: candidates[k].start, end: candidates[k].end }));
}

const STATEMENT_ENDS = new Set(['。', '!', '！', '?', '？', ';', '；', '…', '”', '"', '’', ')', '）', '」', '』']);

function endsStatement(text: string, range: Range): boolean {
  return STATEMENT_ENDS.has(text[range.end - 1]);
}

/** Edge weights: shared content words over the log lengths of the two sentences, via an inverted index. */
function similarities(words: readonly ContentWord[], sentences: readonly Range[]): Map<number, number>[] {
  const bags = sentences.map(() => new Set<string>());
  for (const w of words) {
    const k = rangeAt(sentences, w.start);
    if (k !== -1) bags[k].add(w.word);
  }
  const postings = new Map<string, number[]>();
  bags.forEach((bag, k) => bag.forEach((w) => (postings.get(w) ?? postings.set(w, []).get(w)!).push(k)));
  const edges = sentences.map(() => new Map<number, number>());
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = [list[a], list[b]];
        edges[i].set(j, (edges[i].get(j) ?? 0) + 1);
        edges[j].set(i, (edges[j].get(i) ?? 0) + 1);
      }
    }
  }
  edges.forEach((row, i) => {
    for (const [j, shared] of row) row.set(j, shared / (Math.log(bags[i].size + 1) + Math.log(bags[j].size + 1)));
  });
  return edges;
}

/** Personalised PageRank over a weighted undirected graph; the prior is the teleport distribution. */
function textRank(edges: readonly Map<number, number>[], prior: readonly number[]): number[] {
  const { damping, iterations } = KEY_SENTENCE_SETTINGS;
  const n = prior.length;
  const total = prior.reduce((a, b) => a + b, 0);
  const teleport = prior.map((p) => p / total);
  const outWeight = edges.map((row) => [...row.values()].reduce((a, b) => a + b, 0));
  // the edges as flat arrays (row j's targets at [first[j], first[j + 1])), walked 30 times
  const first = new Int32Array(n + 1);
  edges.forEach((row, j) => (first[j + 1] = first[j] + row.size));
  const target = new Int32Array(first[n]);
  const weight = new Float64Array(first[n]);
  edges.forEach((row, j) => {
    let e = first[j];
    for (const [i, w] of row) {
      target[e] = i;
      weight[e++] = w;
    }
  });
  let rank = Float64Array.from(teleport);
  let spare = new Float64Array(n);
  const next = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) next[i] = (1 - damping) * teleport[i];
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) dangling += rank[j];
      else for (let e = first[j]; e < first[j + 1]; e++) next[target[e]] += (damping * rank[j] * weight[e]) / outWeight[j];
    }
    for (let i = 0; i < n; i++) spare[i] = next[i] + damping * dangling * teleport[i];
    [rank, spare] = [spare, rank];
  }
  return Array.from(rank);
}
