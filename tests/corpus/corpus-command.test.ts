import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { articles, finish, jsonl, parseLines, root, runCli, startCli, type CliResult } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-corpus-'));
const path = (name: string) => join(dir, name);

/** Good documents, then the three kinds of bad line, then more good ones. */
const mixed = [
  ...articles(6),
  'not json at all',
  JSON.stringify({ id: 'no-text', body: '上饶' }),
  JSON.stringify({ id: 'bad-date', text: '上饶新闻', publishedAt: '2024-13-01' }),
  ...articles(12).slice(6),
];

describe('zhnews corpus (built CLI)', () => {
  const runs = new Map<number, CliResult>();

  beforeAll(async () => {
    writeFileSync(path('mixed.jsonl'), mixed.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
    for (const workers of [1, 2]) {
      runs.set(workers, await runCli(['corpus', path('mixed.jsonl'), '--out', path(`mixed-${workers}.jsonl`), '--workers', String(workers)]));
    }
  }, 120_000); // two CLI runs, each starting worker threads that load the dictionary

  it('writes one line per input document, in input order, with error lines for bad ones', () => {
    const lines = parseLines(readFileSync(path('mixed-1.jsonl'), 'utf8'));
    expect(lines.map((l) => l.id)).toEqual([...articles(6).map((a) => a.id), null, 'no-text', 'bad-date', ...articles(12).slice(6).map((a) => a.id)]);
    expect(lines[6]).toMatchObject({ line: 7, error: { code: 'E_RECORD' } });
    expect(lines[7]).toMatchObject({ line: 8, error: { code: 'E_RECORD' } });
    expect(lines[8]).toMatchObject({ line: 9, error: { code: 'E_DATE' } });
  });

  it('writes each document as {id, …doc.toJSON()}, the same as analyze()', () => {
    const lines = parseLines(readFileSync(path('mixed-1.jsonl'), 'utf8'));
    const first = articles(1)[0];
    expect(lines[0]).toEqual({ id: first.id, ...JSON.parse(JSON.stringify(analyze(first.text))) });
  });

  it('gives identical output whatever the number of workers', () => {
    expect(readFileSync(path('mixed-2.jsonl'), 'utf8')).toBe(readFileSync(path('mixed-1.jsonl'), 'utf8'));
  });

  it('exits 1 when a document failed and says so on stderr', () => {
    const run = runs.get(2) as CliResult;
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/15 documents written \(12 ok, 3 failed, 0 skipped/);
  });

  it('exits 0 when every document succeeded; passes other fields through', async () => {
    const input = articles(3).map((a, i) => ({ ...a, site: `s${i}`, publishedAt: '2024-07-11' }));
    writeFileSync(path('good.jsonl'), jsonl(input));
    const run = await runCli(['corpus', path('good.jsonl'), '--out', path('good-out.jsonl'), '--workers', '1', '--quiet']);
    expect(run.code).toBe(0);
    const lines = parseLines(readFileSync(path('good-out.jsonl'), 'utf8'));
    expect(lines.map((l) => [l.id, l.site, (l.meta as { publishedAt: string }).publishedAt])).toEqual([
      ['doc-0', 's0', '2024-07-11'],
      ['doc-1', 's1', '2024-07-11'],
      ['doc-2', 's2', '2024-07-11'],
    ]);
  });

  it('reads standard input and writes standard output (zhnews corpus - --out -)', async () => {
    const input = articles(4);
    const run = await runCli(['corpus', '-', '--out', '-', '--workers', '2', '--quiet'], jsonl(input));
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => l.id)).toEqual(input.map((a) => a.id));
    expect(lines.map((l) => l.text)).toEqual(input.map((a) => a.text));
    expect(run.stderr).toMatch(/4 documents written \(4 ok, 0 failed/);
  });

  it('reads a directory of .txt/.html files, the file name as id', async () => {
    mkdirSync(path('articles'));
    writeFileSync(path('articles/b.txt'), '嘉兴新闻\n嘉兴与上饶合作。');
    writeFileSync(path('articles/a.html'), '<p>上饶新闻</p><p>上饶与松江区合作。</p>');
    writeFileSync(path('articles/notes.md'), 'skipped');
    const run = await runCli(['corpus', path('articles'), '--out', path('dir-out.jsonl'), '--workers', '1', '-q']);
    expect(run.code).toBe(0);
    expect(parseLines(readFileSync(path('dir-out.jsonl'), 'utf8')).map((l) => l.id)).toEqual(['a.html', 'b.txt']);
  });

  it('--resume skips ids already written and repairs a line cut short', async () => {
    const full = readFileSync(path('mixed-1.jsonl'), 'utf8');
    const cut = full.split('\n').slice(0, 4).join('\n').length + 1 + 100; // four lines and part of the fifth
    writeFileSync(path('resumed.jsonl'), full);
    truncateSync(path('resumed.jsonl'), Buffer.byteLength(full.slice(0, cut)));
    const run = await runCli(['corpus', path('mixed.jsonl'), '--out', path('resumed.jsonl'), '--workers', '2', '--resume']);
    expect(run.stderr).toMatch(/11 documents written \(8 ok, 3 failed, 4 skipped/);
    expect(readFileSync(path('resumed.jsonl'), 'utf8')).toBe(full);
  });

  it.each([
    [['corpus', 'missing.jsonl', '--out', '-'], /E_IO/],
    [['corpus', '-', '--out', '-', '--workers', '0'], /E_OPTION/],
    [['corpus', '-', '--out', '-', '--resume'], /E_OPTION/],
    [['corpus', '-', '--out', '-', '--published-at', '2024-02-30'], /E_DATE/],
    [['corpus', '-', '--out', join(dir, 'no-such-dir', 'out.jsonl')], /E_IO: cannot write/],
  ])('refuses %j with a coded error', async (args, message) => {
    const run = await runCli(args, jsonl(articles(1)));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
  });

  it('stops cleanly on Ctrl-C (SIGINT): valid JSONL so far, exit 130, and --resume completes it', async () => {
    const input = articles(40);
    const out = path('big-out.jsonl');
    // Standard input is left open after 30 records, so the run cannot end by itself before the signal.
    const child = startCli(['corpus', '-', '--out', out, '--workers', '2']);
    const done = finish(child, null);
    child.stdin?.write(jsonl(input.slice(0, 30)));
    await waitFor(() => existsSync(out) && statSync(out).size > 0);
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toMatch(/interrupted; .* is valid JSONL, continue with --resume/);
    const written = parseLines(readFileSync(out, 'utf8'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThanOrEqual(30);
    expect(written.map((l) => l.id)).toEqual(input.slice(0, written.length).map((a) => a.id));

    writeFileSync(path('big.jsonl'), jsonl(input));
    const resumed = await runCli(['corpus', path('big.jsonl'), '--out', out, '--workers', '2', '--resume', '-q']);
    expect(resumed.code).toBe(0);
    expect(parseLines(readFileSync(out, 'utf8')).map((l) => l.id)).toEqual(input.map((a) => a.id));
  });

  it('ships its worker in the build and also runs from the TypeScript sources (tsx)', async () => {
    expect(existsSync(join(root, 'dist', 'corpus-worker.js'))).toBe(true);
    const run = await runCli(['corpus', '-', '--out', '-', '--workers', '2', '-q'], jsonl(articles(3)), { fromSources: true });
    expect(run.code).toBe(0);
    expect(parseLines(run.stdout).map((l) => l.id)).toEqual(['doc-0', 'doc-1', 'doc-2']);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let k = 0; k < 600 && !condition(); k++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error('timed out waiting for the corpus output');
}

