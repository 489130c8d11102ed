/**
 * EXPERIMENT (issue 5, not shipped: see MODEL_CARD.md, "Issue 5, third round"). Nothing in the library reads its
 * output; the features that used it are in the git history of the `clusters` branch (commit 39c389c).
 *
 * Write distributional character clusters: every Han character of nodejieba's dictionary (MIT, ~350k words with
 * frequency and POS) in one of FINE clusters, and each fine cluster in one of COARSE ones — the similarity between
 * characters that a perceptron over n-grams lacks (issue 5: what a BiLSTM-CRF's embeddings give it).
 *
 * A character is described by how dictionary words use it, each word weighted by log(1 + frequency): the
 * character before and after it inside the word (or the word's edge), its place in the word (B/M/E/S with the
 * word's length), and the word's POS alone and with that place (局 ends nt and n words; 市 ends ns ones). The
 * counts are square-rooted and scaled to unit length (Hellinger), and clustered by spherical k-means, seeded
 * k-means++ (deterministic); the fine centroids are clustered again into the coarse level. With --sentences, each
 * character's neighbours in CLUENER's training sentences count too (unlabelled; held-out lines never, nor the lines
 * of CV fold --exclude-fold of --folds, so a fold's test sentences do not shape its clusters).
 *
 *   npx tsx scripts/ner/build-char-clusters.ts --out /tmp/clusters.txt                        # 256 fine, 32 coarse
 *   npx tsx scripts/ner/build-char-clusters.ts --fine 512 --coarse 32 --out /tmp/clusters.txt   # ~75 s / 2.5 min
 *   npx tsx scripts/ner/build-char-clusters.ts --sentences ../shared/data/cluener/train.jsonl --exclude-fold 0 --out /tmp/f0.txt
 *
 * Output: `char<TAB>fine<TAB>coarse` per line, clusters numbered by the first character of each in code order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fnv1a, foldOf, isHeldOut } from './corpus.js';
import { seededRandom } from './random.js';

const { values } = parseArgs({
  options: {
    fine: { type: 'string', default: '256' },
    coarse: { type: 'string', default: '32' },
    seed: { type: 'string', default: '20241127' },
    iterations: { type: 'string', default: '30' },
    out: { type: 'string' },
    sentences: { type: 'string' },
    'exclude-fold': { type: 'string', default: '-1' },
    folds: { type: 'string', default: '3' },
  },
});

if (!values.out) throw new Error('--out PATH is required (an experiment: nothing in data/ reads the clusters)');
const out = values.out;
const require = createRequire(import.meta.url);
const dictFile = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');

const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);

/** Sparse count vectors: per character, context id → weight. */
const contextIds = new Map<string, number>();
const contextOf = (name: string) => {
  let id = contextIds.get(name);
  if (id === undefined) contextIds.set(name, (id = contextIds.size));
  return id;
};
const counts = new Map<string, Map<number, number>>();
const add = (ch: string, context: string, weight: number) => {
  let row = counts.get(ch);
  if (!row) counts.set(ch, (row = new Map()));
  const id = contextOf(context);
  row.set(id, (row.get(id) ?? 0) + weight);
};

for (const line of readFileSync(dictFile, 'utf8').split('\n')) {
  const [word, freq, pos] = line.trim().split(' ');
  if (!word || !pos) continue;
  const chars = [...word];
  if (!chars.every((c) => isHanCode(c.charCodeAt(0)))) continue;
  const weight = Math.log1p(Number(freq) || 0);
  const L = chars.length;
  const length = Math.min(L, 5);
  chars.forEach((ch, i) => {
    const place = L === 1 ? 'S' : i === 0 ? 'B' : i === L - 1 ? 'E' : 'M';
    add(ch, `<${i > 0 ? chars[i - 1] : '^'}`, weight);
    add(ch, `>${i < L - 1 ? chars[i + 1] : '$'}`, weight);
    add(ch, `@${place}${length}`, weight);
    add(ch, `#${pos}`, weight);
    add(ch, `#${pos}@${place}`, weight);
  });
}

// running-text contexts from CLUENER training lines (never held-out ones, nor the excluded CV fold's)
if (values.sentences) {
  let used = 0;
  for (const line of readFileSync(values.sentences, 'utf8').split('\n')) {
    if (!line.trim() || isHeldOut(line) || foldOf(fnv1a(line), Number(values.folds)) === Number(values['exclude-fold'])) continue;
    const text = [...(JSON.parse(line) as { text: string }).text];
    used++;
    text.forEach((ch, i) => {
      if (!isHanCode(ch.charCodeAt(0))) return;
      const at = (j: number) => (j < 0 ? '^' : j >= text.length ? '$' : isHanCode(text[j].charCodeAt(0)) ? text[j] : '*');
      add(ch, `[<${at(i - 1)}`, 1);
      add(ch, `[>${at(i + 1)}`, 1);
    });
  }
  console.log(`${used} sentences`);
}
const chars = [...counts.keys()].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
const D = contextIds.size;
/** Hellinger rows: sqrt of counts, unit length; kept sparse. */
const rows = chars.map((ch) => {
  const entries = [...counts.get(ch)!].sort((a, b) => a[0] - b[0]);
  const idx = Int32Array.from(entries, ([id]) => id);
  const val = Float64Array.from(entries, ([, w]) => Math.sqrt(w));
  const norm = Math.hypot(...val) || 1;
  for (let j = 0; j < val.length; j++) val[j] /= norm;
  return { idx, val };
});
console.log(`${chars.length} characters, ${D} contexts`);

type Row = { idx: Int32Array; val: Float64Array };

/** Spherical k-means with k-means++ seeding: assignments and unit-length dense centroids. */
function sphericalKMeans(points: readonly Row[], weights: readonly number[], k: number, dims: number, seed: number, iterations: number) {
  const random = seededRandom(seed);
  const dot = (p: Row, c: Float64Array, at: number) => {
    let s = 0;
    for (let j = 0; j < p.idx.length; j++) s += p.val[j] * c[at + p.idx[j]];
    return s;
  };
  const centroids = new Float64Array(k * dims);
  const setCentroid = (c: number, p: Row) => {
    centroids.fill(0, c * dims, (c + 1) * dims);
    for (let j = 0; j < p.idx.length; j++) centroids[c * dims + p.idx[j]] = p.val[j];
  };
  // k-means++: next seed drawn with probability ∝ weight × (1 − best cosine)
  const nearest = new Float64Array(points.length).fill(2);
  setCentroid(0, points[Math.floor(random() * points.length)]);
  for (let c = 1; c < k; c++) {
    let total = 0;
    for (let i = 0; i < points.length; i++) {
      nearest[i] = Math.min(nearest[i], 1 - dot(points[i], centroids, (c - 1) * dims));
      total += weights[i] * Math.max(nearest[i], 0);
    }
    let r = random() * total;
    let pick = points.length - 1;
    for (let i = 0; i < points.length; i++) {
      r -= weights[i] * Math.max(nearest[i], 0);
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    setCentroid(c, points[pick]);
  }
  const assign = new Int32Array(points.length).fill(-1);
  for (let iter = 0; iter < iterations; iter++) {
    let moved = 0;
    for (let i = 0; i < points.length; i++) {
      let best = 0;
      let bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(points[i], centroids, c * dims);
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      for (let j = 0; j < p.idx.length; j++) centroids[assign[i] * dims + p.idx[j]] += weights[i] * p.val[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = c * dims; d < (c + 1) * dims; d++) norm += centroids[d] * centroids[d];
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // an emptied cluster keeps no centroid and wins no point
      for (let d = c * dims; d < (c + 1) * dims; d++) centroids[d] /= norm;
    }
    console.log(`k=${k} iteration ${iter + 1}: ${moved} moved`);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

// characters weigh by how much dictionary mass they carry (damped), so common ones shape the centroids
const mass = chars.map((ch) => Math.log1p([...counts.get(ch)!.values()].reduce((s, w) => s + w, 0) / 5));
const fineK = Number(values.fine);
const seed = Number(values.seed);
const fine = sphericalKMeans(rows, mass, fineK, D, seed, Number(values.iterations));

// coarse level: cluster the fine centroids (dense rows made sparse), weighted by their members' mass
const fineRows: Row[] = [];
const fineMass: number[] = [];
for (let c = 0; c < fineK; c++) {
  const idx: number[] = [];
  const val: number[] = [];
  for (let d = 0; d < D; d++) {
    const v = fine.centroids[c * D + d];
    if (v !== 0) [idx.push(d), val.push(v)];
  }
  fineRows.push({ idx: Int32Array.from(idx), val: Float64Array.from(val) });
  fineMass.push(chars.reduce((s, _, i) => s + (fine.assign[i] === c ? mass[i] : 0), 0));
}
const coarse = sphericalKMeans(fineRows, fineMass, Number(values.coarse), D, seed + 1, Number(values.iterations));

/** Renumber cluster ids by first appearance in `order`, so ids do not depend on the seeding's draw order. */
function renumber(ids: ArrayLike<number>, order: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const i of order) if (!map.has(ids[i])) map.set(ids[i], map.size);
  return map;
}
const fineIds = renumber(fine.assign, chars.map((_, i) => i));
const coarseIds = renumber(coarse.assign, [...fineIds.keys()]);
const lines = chars.map((ch, i) => `${ch}\t${fineIds.get(fine.assign[i])}\t${coarseIds.get(coarse.assign[fine.assign[i]])}`);
const header = [
  '# Distributional character clusters for the entity model: char<TAB>fine cluster<TAB>coarse cluster.',
  `# From nodejieba's dictionary (MIT); ${fineIds.size} fine, ${coarseIds.size} coarse clusters, seed ${seed}.`,
  '# Generated by `npx tsx scripts/ner/build-char-clusters.ts`: do not edit by hand.',
];
writeFileSync(out, `${[...header, ...lines].join('\n')}\n`);
console.log(`wrote ${out}: ${chars.length} characters`);
