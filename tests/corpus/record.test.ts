import { describe, expect, it } from 'vitest';
import { documentLine, errorLine } from '../../src/corpus/output-line.js';
import { readRecord, resumeKey } from '../../src/corpus/record.js';

describe('readRecord', () => {
  it.each([
    ['{"id":"a1","text":"上饶新闻"}', { kind: 'document', id: 'a1', text: '上饶新闻', publishedAt: null, extra: {} }],
    ['{"id":7,"text":"x","site":"jx","tags":[1]}', { kind: 'document', id: 7, extra: { site: 'jx', tags: [1] } }],
    ['{"text":"x"}', { kind: 'document', id: 5 }],
    ['{"id":null,"text":"x"}', { kind: 'document', id: 5 }],
    ['{"text":"x","publishedAt":"2024-07-11"}', { kind: 'document', publishedAt: '2024-07-11' }],
  ])('reads %s', (line, expected) => {
    expect(readRecord(line, 5)).toMatchObject({ line: 5, ...expected });
  });

  it.each([
    ['not json', null, /is not JSON/],
    ['[1,2]', null, /must be a JSON object/],
    ['"text"', null, /must be a JSON object/],
    ['{"id":{"a":1},"text":"x"}', null, /id must be a string or a number/],
    ['{"id":"a","text":5}', 'a', /text must be a string, got number 5/],
    ['{"id":"a"}', 'a', /text must be a string, got nothing/],
    ['{"text":"x","publishedAt":20240711}', 5, /publishedAt must be a string/],
  ])('rejects %s', (line, id, message) => {
    const record = readRecord(line, 5);
    expect(record).toMatchObject({ kind: 'invalid', id, line: 5, error: { code: 'E_RECORD' } });
    expect(record.kind === 'invalid' && record.error.message).toMatch(message);
  });

  it.each([
    ['a1', 3, 'id:"a1"'],
    [17, 3, 'id:17'],
    ['17', 3, 'id:"17"'],
    [null, 3, 'line:3'],
  ] as const)('resume key of id %s line %s is %s', (id, line, key) => {
    expect(resumeKey(id, line)).toBe(key);
  });
});

describe('output lines', () => {
  const record = { kind: 'document' as const, id: 'a1', line: 1, text: 'x', publishedAt: null, extra: { site: 'jx', text: 'dropped', meta: 1 } };

  it('puts the id and the passed-through fields before the analysis, which wins a name clash', () => {
    const line = documentLine(record, '{"schemaVersion":"1.0.0","text":"x"}');
    expect(line).toBe('{"id":"a1","site":"jx","schemaVersion":"1.0.0","text":"x"}');
    expect(JSON.parse(line)).toEqual({ id: 'a1', site: 'jx', schemaVersion: '1.0.0', text: 'x' });
  });

  it('writes an error line with id, line and error', () => {
    expect(JSON.parse(errorLine(null, 4, { code: 'E_RECORD', message: 'm' }))).toEqual({
      id: null,
      line: 4,
      error: { code: 'E_RECORD', message: 'm' },
    });
  });
});
