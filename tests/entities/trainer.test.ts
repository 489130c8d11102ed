import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodejiebaSegmenter } from '../../src/stages/3-segment/index.js';
import { entityLexicons } from '../../src/stages/6-entities/lexicons.js';
import { parseModel } from '../../src/stages/6-entities/model.js';
import { modelSpans } from '../../src/stages/6-entities/model-spans.js';
import { prepare } from '../../scripts/ner/corpus.js';
import { seededRandom } from '../../scripts/ner/random.js';
import { trainModel } from '../../scripts/ner/train.js';

/** ~200 made-up CLUENER-format sentences: invented firms and officials in a few sentence shapes. */
function syntheticJsonl(count: number): string {
  const random = seededRandom(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const heads = ['青木', '远帆', '禾川', '云樾', '启辰', '星禾', '蓝湾', '恒曜', '澄川', '若谷'];
  const trades = ['光电', '精密', '新材料', '智能', '半导体', '药业'];
  const people = ['王立新', '陈晓东', '李雯', '赵启明', '孙悦'];
  const shapes: ((c: string, p: string) => [string, string, string])[] = [
    (c, p) => [`${c}宣布在本地新建工厂,${p}表示项目年内投产。`, c, p],
    (c, p) => [`记者从${c}获悉,${p}将出席签约仪式。`, c, p],
    (c, p) => [`${p}说,${c}今年营收增长两成。`, c, p],
  ];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const company = pick(heads) + pick(trades);
    const person = pick(people);
    const [text, c, p] = pick(shapes)(company, person);
    const at = (s: string) => [[text.indexOf(s), text.indexOf(s) + s.length - 1]];
    lines.push(JSON.stringify({ text, label: { company: { [c]: at(c) }, name: { [p]: at(p) } } }));
  }
  return lines.join('\n');
}

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
