/**
 * Train the entity model and write it to data/ner-model.bin (or --out). One core, a few minutes.
 *
 *   npm run train:ner                                   # CLUENER, the shipped model
 *   npm run train:ner -- --data my.jsonl --out my.bin   # your own labelled sentences, same JSONL format
 *
 * Options: --data PATH  --out PATH  --epochs N (16)  --seed N (20241127)  --min-count N (2)  --prune X (1.5)
 *          --limit N (first N sentences only)
 *          --augment TYPES (name; none)  --copies N (1)  --rate X (0.5): mention replacement on the train split
 *          --boost TYPES (none; e.g. name,government)  --boost-by X (1.5): larger update steps for those types
 *          --lexicon-parts N (5; 0 none)  --lexicon-min-count N (1): the jackknifed typed entity lexicon
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataPath } from '../src/resources/paths.js';
import { augmentOptions, boostOptions, entityLexiconOptions, TRAINING_ARGS } from './ner/training-args.js';
import { trainModel } from './ner/train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/cluener/train.jsonl' },
    out: { type: 'string', default: dataPath('ner-model.bin') },
    epochs: { type: 'string', default: '16' },
    seed: { type: 'string', default: '20241127' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1.5' },
    limit: { type: 'string' },
    ...TRAINING_ARGS,
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
  augment: augmentOptions(values, Number(values.seed)),
  ...boostOptions(values),
  entityLexicon: entityLexiconOptions(values),
  log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`),
});
writeFileSync(values.out, bytes);
console.log(`wrote ${values.out}: ${(bytes.length / 1e6).toFixed(2)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
