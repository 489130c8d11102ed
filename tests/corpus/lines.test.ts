import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/corpus/lines.js';

async function collect(chunks: (string | Buffer)[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const { line, text } of readLines(chunks)) out.push([line, text]);
  return out;
}

describe('readLines', () => {
  const bytes = Buffer.from('\uFEFF上饶\r\n嘉兴\n\n末行', 'utf8');
  it.each([
    ['one chunk', [bytes]],
    ['byte by byte (characters split across chunks)', [...bytes].map((b) => Buffer.from([b]))],
    ['split inside CRLF', [bytes.subarray(0, 10), bytes.subarray(10)]],
  ])('splits lines: %s', async (_, chunks) => {
    expect(await collect(chunks)).toEqual([
      [1, '上饶'],
      [2, '嘉兴'],
      [3, ''],
      [4, '末行'],
    ]);
  });

  it.each([
    ['a trailing newline adds no line', ['a\nb\n'], [[1, 'a'], [2, 'b']]],
    ['empty input has no lines', [''], []],
    ['a lone newline is one empty line', ['\n'], [[1, '']]],
  ])('%s', async (_, chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('reads a 1 MB line arriving in 1-byte-ish pieces whole (pieces are joined once)', async () => {
    const long = '的'.repeat(1 << 20);
    const chunks: string[] = [];
    for (let i = 0; i < long.length; i += 7) chunks.push(long.slice(i, i + 7));
    chunks.push('\nx');
    const lines = await collect(chunks);
    expect(lines.map(([n, t]) => [n, t.length])).toEqual([
      [1, 1 << 20],
      [2, 1],
    ]);
  });
});
