import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type Doc } from '../../src/index.js';
import { runCorpus } from '../../src/corpus/run-corpus.js';
import { trainModel } from '../../scripts/ner/train.js';
import { syntheticJsonl } from '../entities/synthetic.js';

const SENTENCE = '恒曜智能宣布在本地新建工厂,陈晓东表示项目年内投产。';
const dir = mkdtempSync(join(tmpdir(), 'zhnews-model-'));
/** A model trained on made-up sentences whose firms are labelled organisations, not companies. */
const ownModel = join(dir, 'firms-as-organisations.bin');

beforeAll(() => {
  const data = join(dir, 'tiny.jsonl');
  writeFileSync(data, syntheticJsonl(200, 'organization'));
  writeFileSync(ownModel, trainModel({ data, epochs: 3, seed: 1, minCount: 1, prune: 0 }).bytes);
});

/** type:text of the entities (where a rule and the model find the same name, the model's type wins). */
const found = (doc: Doc) => doc.entities.map((e) => `${e.type}:${e.text}`);

describe('createAnalyzer({ entityModel }): your own entity model', () => {
  it('finds entities with the given model instead of the shipped one', () => {
    expect(found(analyze(SENTENCE))).toContain('company:恒曜智能');
    const own = found(createAnalyzer({ entityModel: ownModel }).analyze(SENTENCE));
    expect(own).toContain('organization:恒曜智能');
    expect(own).not.toContain('company:恒曜智能');
  });

  it('is loaded by every worker thread of analyzeMany', async () => {
    const zh = createAnalyzer({ entityModel: ownModel });
    const docs: Doc[] = [];
    for await (const doc of zh.analyzeMany([SENTENCE, SENTENCE], { workers: 1 })) docs.push(doc);
    expect(found(docs[0])).toContain('organization:恒曜智能');
    expect(docs.map((d) => JSON.stringify(d))).toEqual([zh.analyze(SENTENCE), zh.analyze(SENTENCE)].map((d) => JSON.stringify(d)));
  });

  it('is used by runCorpus', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'a', text: SENTENCE })}\n`);
    await runCorpus({ input, output, workers: 1, quiet: true, entityModel: ownModel });
    const line = JSON.parse(readFileSync(output, 'utf8')) as { entities: { type: string; text: string; source: string }[] };
    expect(line.entities.map((e) => `${e.type}:${e.text}`)).toContain('organization:恒曜智能');
  });

  it.each([
    [42, 'E_OPTION'],
    ['', 'E_OPTION'],
    [join(dir, 'missing.bin'), 'E_RESOURCE'],
  ])('rejects entityModel %s with %s when the analyser is made', (entityModel, code) => {
    expect(() => createAnalyzer({ entityModel: entityModel as string })).toThrow(expect.objectContaining({ name: 'ZhnewsError', code }));
  });

  it.each([
    ['an empty file', ''],
    ['a short file', 'ZHNER'],
    ['another file', 'ZHNER002\u0004\u0000\u0000\u0000{}  '],
    ['text', '上饶市科技局推荐晶科能源'.repeat(10)],
  ])('rejects %s as a model with E_RESOURCE', (_, content) => {
    const path = join(dir, `bad-${content.length}.bin`);
    writeFileSync(path, content);
    expect(() => createAnalyzer({ entityModel: path })).toThrow(expect.objectContaining({ name: 'ZhnewsError', code: 'E_RESOURCE' }));
  });

  it('rejects a bad model file in runCorpus before writing anything', async () => {
    const output = join(dir, 'never.jsonl');
    await expect(runCorpus({ input: '-', output, entityModel: join(dir, 'missing.bin'), quiet: true })).rejects.toMatchObject({ code: 'E_RESOURCE' });
    expect(existsSync(output)).toBe(false);
  });
});
