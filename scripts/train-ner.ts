/**
 * Train the entity model and write it to data/ner-model.bin (or --out). One core, a few minutes.
 *
 *   npm run train:ner                                   # CLUENER, the shipped model
 *   npm run train:ner -- --data my.jsonl --out my.bin   # your own labelled sentences, same JSONL format
 *
 * Options: --data PATH  --out PATH  --epochs N (16)  --seed N (20241127)  --min-count N (2)  --prune X (1)
 *          --limit N (first N sentences only)
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataPath } from '../src/resources/paths.js';
import { trainModel } from './ner/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/cluener/train.jsonl' },
    out: { type: 'string', default: dataPath('ner-model.bin') },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20241127' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1' },
    limit: { type: 'string' },
  },
});

const started = Date.now();
const { bytes } = trainModel({
  data: values.data,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  minCount: Number(values['min-count']),
  prune: Number(values.prune),
  limit: values.limit ? Number(values.limit) : undefined,
  log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`),
});
writeFileSync(values.out, bytes);
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
