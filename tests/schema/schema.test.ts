import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyze, SCHEMA_VERSION } from '../../src/index.js';
import type { DocJSON } from '../../src/types.js';
import { seed } from '../helpers.js';
import { docWith, place } from '../story/build-analysis.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/zhnews.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile<DocJSON>(schema);
const corpusDir = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));

/** Every span of a document: the offsets rule must hold for all of them. */
function allSpans(doc: DocJSON) {
  const s = doc.summary;
  const figures = s.keyFigures.map((f) => ({ text: f.text, start: f.start ?? 0, end: f.end ?? 0 }));
  return [...doc.boilerplate, ...doc.paragraphs, ...doc.sentences, ...doc.tokens, ...doc.entities, ...doc.figures, ...s.keySentences, ...figures];
}

function check(doc: DocJSON) {
  // a JSON round trip: what a script reading the CLI's output sees
  const plain = JSON.parse(JSON.stringify(doc)) as DocJSON;
  const ok = validate(plain);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  expect(allSpans(plain).filter((x) => plain.text.slice(x.start, x.end) !== x.text)).toEqual([]);
}

describe('JSON schema', () => {
  it('carries the version the schema allows', () => {
    expect(SCHEMA_VERSION).toMatch(new RegExp(schema.properties.schemaVersion.pattern));
  });

  it('validates the seed article', () => check(analyze(seed.text()).toJSON()));

  it.each(corpus)('validates corpus article %s', (name) => check(analyze(readFileSync(corpusDir + name, 'utf8')).toJSON()));

  it('validates a document with entities, figures and a full summary', () => {
    const doc = docWith(
      '上饶新闻\n上饶与松江区合作,成交额约为2000万元,已确定入驻8家企业。晶科能源表示满意。',
      [
        ['place', '上饶', place('上饶市', '361100', 'city', ['江西省', '上饶市'])],
        ['place', '松江区', place('松江区', '310117', 'district', ['上海市', '松江区'])],
        ['company', '晶科能源', { source: 'model', confidence: 0.9 }],
      ],
      [
        ['2000万元', { kind: 'money', value: 20000000, unit: 'CNY', approx: 'about', subject: '成交额' }],
        ['8家', { kind: 'count', value: 8, unit: '家', subject: '企业' }],
      ],
    );
    const json = doc.toJSON();
    expect(json.summary.keyFigures).toHaveLength(2);
    expect(json.summary.places.length).toBeGreaterThan(0);
    check(json);
  });

  it('rejects a document that breaks the contract', () => {
    const json = analyze(seed.text()).toJSON() as unknown as Record<string, unknown>;
    expect(validate({ ...json, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...json, summary: { ...(json.summary as object), focus: 'x' } })).toBe(false);
  });
});
