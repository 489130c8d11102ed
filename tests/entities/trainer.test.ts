import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { prepare } from '../../scripts/ner/corpus.js';
import { trainModel } from '../../scripts/ner/train.js';
import { syntheticJsonl } from './synthetic.js';

describe('the trainer', () => {
  it('trains a working model from a small JSONL file in seconds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-ner-'));
    const data = join(dir, 'tiny.jsonl');
    writeFileSync(data, syntheticJsonl(200));
    const { bytes, header } = trainModel({ data, epochs: 3, seed: 1, minCount: 1, prune: 0 });
    expect(header.groups).toBeGreaterThan(0);
    const model = parseModel(bytes);
    const [ex] = prepare([{ text: '记者从蓝湾精密获悉,孙悦将出席签约仪式。', spans: [], heldOut: true, hash: 0 }], nodejiebaSegmenter(), entityLexicons());
    const spans = modelSpans(model, entityLexicons(), ex.text, 0, ex.text.length, ex.tokens);
    expect(spans.map((s) => [ex.text.slice(s.start, s.end), s.type])).toEqual([
      ['蓝湾精密', 'company'],
      ['孙悦', 'name'],
    ]);
  });
});
