/**
 * Checks stage 5 against CLUENER2020's `address` labels (../shared/data/cluener/train.jsonl). Run:
 * `npm run eval:places -- [limit]`. Prints how many labelled addresses hold a place we found (recall-like), where
 * our places fall (inside an address, inside another labelled entity, or unlabelled), and samples to read.
 * CLUENER's addresses include street addresses and foreign places, so neither figure is a strict score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';

interface Record {
  text: string;
  label: { [type: string]: { [entity: string]: [number, number][] } };
}

const file = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared', 'data', 'cluener', 'train.jsonl');
const limit = Number(process.argv[2] ?? Infinity);
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(0, limit);

let addresses = 0;
let addressesHit = 0;
const where = { address: 0, other: 0, none: 0 };
const otherTypes = new Map<string, number>();
const samples: { none: string[]; other: string[]; missed: string[] } = { none: [], other: [], missed: [] };
for (const line of lines) {
  const record = JSON.parse(line) as Record;
  const spans: { type: string; start: number; end: number }[] = [];
  for (const [type, entities] of Object.entries(record.label)) {
    for (const ranges of Object.values(entities)) for (const [s, e] of ranges) spans.push({ type, start: s, end: e + 1 });
  }
  const places = analyze(record.text).entities.filter((e) => e.type === 'place');
  for (const a of spans.filter((s) => s.type === 'address')) {
    addresses++;
    if (places.some((p) => p.start < a.end && a.start < p.end)) addressesHit++;
    else if (samples.missed.length < 40) samples.missed.push(record.text.slice(a.start, a.end));
  }
  for (const p of places) {
    const hit = spans.find((s) => p.start < s.end && s.start < p.end && s.type === 'address') ??
      spans.find((s) => p.start < s.end && s.start < p.end);
    if (!hit) {
      where.none++;
      if (samples.none.length < 60) samples.none.push(`${p.text}(${p.name}) in ${record.text.slice(Math.max(0, p.start - 8), p.end + 8)}`);
    } else if (hit.type === 'address') where.address++;
    else {
      where.other++;
      otherTypes.set(hit.type, (otherTypes.get(hit.type) ?? 0) + 1);
      if (samples.other.length < 40) samples.other.push(`${p.text} in ${hit.type} ${record.text.slice(hit.start, hit.end)}`);
    }
  }
}
const total = where.address + where.other + where.none;
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`${lines.length} sentences, ${addresses} labelled addresses, ${total} places found`);
console.log(`addresses holding a place we found: ${addressesHit} (${pct(addressesHit, addresses)})`);
console.log(`our places inside an address: ${pct(where.address, total)}; inside another entity: ${pct(where.other, total)} ${JSON.stringify(Object.fromEntries(otherTypes))}; unlabelled: ${pct(where.none, total)}`);
console.log('\nunlabelled samples:\n' + samples.none.join('\n'));
console.log('\ninside other entities:\n' + samples.other.join('\n'));
console.log('\nmissed addresses:\n' + samples.missed.join(' | '));
