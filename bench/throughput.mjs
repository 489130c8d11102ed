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

/** Rounds alternate between contenders so that load from other processes hits them alike; best round counts. */
export async function throughput(docs, rounds = 3) {
  const total = chars(docs);
  const results = [];
  const list = await contenders();
  for (const [, fn] of list) fn(docs[0].text);
  const best = new Map(list.map(([name]) => [name, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of list) {
      const t0 = performance.now();
      for (const d of docs) fn(d.text);
      best.set(name, Math.min(best.get(name), (performance.now() - t0) / 1000));
    }
  }
  const baseline = total / best.get('nodejieba.tag');
  for (const [name] of list) {
    const perSec = total / best.get(name);
    results.push({ name, seconds: best.get(name), charsPerSec: perSec, ratio: perSec / baseline });
  }
  return results;
}
