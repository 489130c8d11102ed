// `npm run bench`: throughput against nodejieba and @node-rs/jieba, cold start, peak RSS, corpus command at 1 and
// 2 workers. Prints a Markdown table (paste it into bench/README.md with the machine line). Needs `npm run build`.
// Sizes: BENCH_MB (in-process texts, default 5) and BENCH_CORPUS_MB (corpus runs, default 20: long enough that each
// thread's start-up and JIT warm-up, paid once per thread, weigh as little as in a real corpus run).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { cpus, nproc } from './machine.mjs';
import { chars, median, repeatTo, root } from './texts.mjs';
import { throughput } from './throughput.mjs';

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(1);
}
const MB = Number(process.env.BENCH_MB ?? 5);
const CORPUS_MB = Number(process.env.BENCH_CORPUS_MB ?? 20);
const COLD_RUNS = 5;
const CORPUS_ROUNDS = 2;
const out = join(root, 'bench', 'out');
mkdirSync(out, { recursive: true });
const child = (script, args = []) => JSON.parse(execFileSync(process.execPath, [join(root, 'bench', script), ...args], { encoding: 'utf8' }));
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows = [];

const docs = repeatTo(MB);
process.stderr.write(`bench: ${docs.length} articles, ${fmt(chars(docs))} chars (${MB} MB), in one process…\n`);
for (const r of await throughput(docs)) {
  rows.push([
    `throughput: ${r.name}`,
    `${fmt(r.charsPerSec)} chars/s (${fmt(r.charsPerCpuSec)} per CPU-second)`,
    `${fmt(r.ratio, 2)}× nodejieba.tag by wall time, ${fmt(r.cpuRatio, 2)}× by CPU time`,
  ]);
}

process.stderr.write(`bench: cold start × ${COLD_RUNS}…\n`);
const cold = [];
for (let k = 0; k < COLD_RUNS; k++) {
  const t0 = performance.now();
  const run = child('cold-start-child.mjs');
  cold.push({ ...run, wallMs: performance.now() - t0 });
}
rows.push([
  'cold start: `node` + import + first analyze()',
  `${fmt(median(cold.map((c) => c.wallMs)))} ms (${fmt(median(cold.map((c) => c.cpuMs)))} ms CPU)`,
  `median of ${COLD_RUNS}; target ≤ 1500 ms`,
]);
rows.push(['  of which import', `${fmt(median(cold.map((c) => c.importMs)))} ms`, '']);
rows.push(['  of which first analyze() (loads the dictionary)', `${fmt(median(cold.map((c) => c.firstMs)))} ms`, '']);
rows.push(['peak RSS after one analysis', `${fmt(median(cold.map((c) => c.maxRssMB)))} MB`, '']);

const corpusDocs = repeatTo(CORPUS_MB);
const input = join(out, 'corpus.jsonl');
writeFileSync(input, corpusDocs.map((d) => `${JSON.stringify(d)}\n`).join(''));
const warm = join(out, 'warm.jsonl');
writeFileSync(warm, corpusDocs.slice(0, 4).map((d) => `${JSON.stringify(d)}\n`).join(''));
// Best of CORPUS_ROUNDS runs, the order of 1 and 2 workers swapped each round (the host's speed drifts; other
// processes' load hits both counts alike). A 4-document run gives the start-up (threads + dictionaries), subtracted
// for the steady-state speed-up.
const runs = { 1: null, 2: null };
const startup = { 1: Infinity, 2: Infinity };
const warmRss = { 1: Infinity, 2: Infinity };
for (let round = 0; round < CORPUS_ROUNDS; round++) {
  for (const workers of round % 2 ? [2, 1] : [1, 2]) {
    process.stderr.write(`bench: corpus command, ${corpusDocs.length} docs, ${workers} worker(s), round ${round + 1}…\n`);
    const r = child('corpus-child.mjs', [input, join(out, `corpus-${workers}.jsonl`), String(workers)]);
    if (!runs[workers] || r.seconds < runs[workers].seconds) runs[workers] = r;
    const w = child('corpus-child.mjs', [warm, join(out, 'warm-out.jsonl'), String(workers)]);
    startup[workers] = Math.min(startup[workers], w.seconds);
    warmRss[workers] = Math.min(warmRss[workers], w.maxRssMB);
  }
}
for (const workers of [1, 2]) {
  const r = runs[workers];
  rows.push([
    `corpus, ${workers} worker${workers > 1 ? 's' : ''} (${corpusDocs.length} docs, ${fmt(r.chars)} chars)`,
    `${fmt(r.documents / r.seconds, 1)} docs/s, ${fmt(r.chars / r.seconds)} chars/s`,
    `${fmt(r.seconds, 1)} s incl. ${fmt(startup[workers], 1)} s start-up; ${fmt(r.cpuSeconds, 1)} CPU-s in all threads; main thread busy ${fmt(r.mainBusy * 100)}%${r.mainCpuSeconds === null ? '' : ` (${fmt(r.mainCpuSeconds, 2)} CPU-s)`}; peak RSS ${fmt(r.maxRssMB)} MB`,
  ]);
}
const steady = (w) => runs[w].seconds - startup[w];
rows.push(['corpus speed-up, 2 workers vs 1', `${fmt(runs[1].seconds / runs[2].seconds, 2)}× (${fmt(steady(1) / steady(2), 2)}× after start-up)`, 'target ≥ 1.6×']);
rows.push(['memory flat: peak RSS, 1 worker, 4 docs vs the whole run', `${fmt(warmRss[1])} MB vs ${fmt(runs[1].maxRssMB)} MB`, `${corpusDocs.length} docs streamed`]);
rows.push(['RSS added per worker', `${fmt(runs[2].maxRssMB - runs[1].maxRssMB)} MB`, 'peak(2 workers) − peak(1 worker); target ≤ 400 MB']);
console.log(`\nLoad average when done: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (on ${nproc()} cores; above 0 means other processes shared the CPUs)`);

console.log(`Machine: ${nproc()} cores, ${cpus()}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| measure | result | note |\n| --- | --- | --- |');
for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
