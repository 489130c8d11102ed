import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFinished } from '../../src/corpus/resume.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-resume-'));

describe('readFinished', () => {
  it.each([
    ['a string id', '{"id":"a1","schemaVersion":"1.0.0"}', 'id:"a1"'],
    ['a string id with quotes and backslashes', '{"id":"a\\"b\\\\","text":"x"}', 'id:"a\\"b\\\\"'],
    ['a number id', '{"id":17,"text":"x"}', 'id:17'],
    ['an error line with an id', '{"id":"x","line":3,"error":{"code":"E_RECORD","message":"m"}}', 'id:"x"'],
    ['an error line without id', '{"id":null,"line":9,"error":{"code":"E_RECORD","message":"m"}}', 'line:9'],
    ['fields in another order', '{"text":"x","id":"late"}', 'id:"late"'],
  ])('reads the key of %s', async (_, line, key) => {
    const file = join(dir, `${key.replace(/\W/g, '_')}.jsonl`);
    writeFileSync(file, `${line}\n`);
    expect([...(await readFinished(file))]).toEqual([key]);
  });

  it('ignores lines that are not JSON objects and drops a last line cut short', async () => {
    const file = join(dir, 'cut.jsonl');
    writeFileSync(file, '{"id":"a"}\nnot json\n[1]\n{"id":"b","text":"x"}\n{"id":"c","te');
    expect([...(await readFinished(file))]).toEqual(['id:"a"', 'id:"b"']);
    expect(readFileSync(file, 'utf8')).toBe('{"id":"a"}\nnot json\n[1]\n{"id":"b","text":"x"}\n');
  });

  it.each([
    ['a missing file', join(dir, 'none.jsonl')],
    ['standard output', '-'],
  ])('finds nothing done in %s', async (_, file) => {
    expect((await readFinished(file)).size).toBe(0);
  });

  it('empties a file holding only a partial line', async () => {
    const file = join(dir, 'partial.jsonl');
    writeFileSync(file, '{"id":"a","te');
    expect((await readFinished(file)).size).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
