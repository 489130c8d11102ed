// analyze() against raw segmenters on the same texts in one process: chars/s and the ratio to nodejieba.tag.
import { createRequire } from 'node:module';
import { chars } from './texts.mjs';

const require = createRequire(import.meta.url);

/** The contenders: a name and a function of one article's text. Each is warmed up (dictionaries loaded) first. */
async function contenders() {
  const { analyze } = await import('../dist/index.js');
  const nodejieba = require('nodejieba');
  const { Jieba } = require('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict');
  const rsJieba = Jieba.withDict(dict);
  return [
    ['zhnews analyze()', (t) => analyze(t)],
    ['nodejieba.tag', (t) => nodejieba.tag(t)],
    ['@node-rs/jieba tag', (t) => rsJieba.tag(t, true)],
  ];
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Rounds alternate between contenders so that load from other processes hits them alike; each keeps its best
 * round. Both wall time and CPU time (of this process: the work is single-threaded) are kept: on a machine shared
 * with other jobs the CPU-time ratio is the steadier one.
 */
export async function throughput(docs, rounds = 3) {
  const total = chars(docs);
  const list = await contenders();
  for (const [, fn] of list) fn(docs[0].text);
  const wall = new Map(list.map(([name]) => [name, Infinity]));
  const cpu = new Map(list.map(([name]) => [name, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of list) {
      const t0 = performance.now();
      const c0 = cpuSeconds();
      for (const d of docs) fn(d.text);
      cpu.set(name, Math.min(cpu.get(name), cpuSeconds() - c0));
      wall.set(name, Math.min(wall.get(name), (performance.now() - t0) / 1000));
    }
  }
  const base = 'nodejieba.tag';
  return list.map(([name]) => ({
    name,
    charsPerSec: total / wall.get(name),
    charsPerCpuSec: total / cpu.get(name),
    ratio: wall.get(base) / wall.get(name),
    cpuRatio: cpu.get(base) / cpu.get(name),
  }));
}
