import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const SEED = join(__dirname, '..', '..', 'fixtures', 'shangrao-g60-enclave.txt');

function zhnews(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('zhnews analyze (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zhnews-cli-'));
    writeFileSync(join(dir, 'a.txt'), '上饶新闻\n来源:江西日报\n上饶与松江区合作。');
    writeFileSync(join(dir, 'b.html'), '<html><body><h1>松江新闻</h1><p>松江区&amp;上饶市合作。</p></body></html>');
    writeFileSync(join(dir, 'skip.json'), '{}');
  });

  it('prints the JSON contract for one file', () => {
    const { status, stdout } = zhnews(['analyze', SEED]);
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.meta).toEqual({ title: '万千气象看中国|催开科技花 结出产业果', source: '江西日报', author: null, publishedAt: '2024-07-11' });
    expect(doc.tokens.length).toBeGreaterThan(500);
  });

  it('prints a readable report with --format text', () => {
    const { status, stdout } = zhnews(['analyze', SEED, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Title\s+万千气象看中国/);
    expect(stdout).toMatch(/\[breadcrumb\]/);
  });

  it('reads a directory of .txt/.html files as JSON lines', () => {
    const { status, stdout } = zhnews(['analyze', dir]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file.split('/').pop())).toEqual(['a.txt', 'b.html']);
    expect(lines[1].meta.title).toBe('松江新闻');
  });

  it('reads standard input and takes --published-at', () => {
    const { status, stdout } = zhnews(['analyze', '-', '--published-at', '2024-07-11'], '7月4日,记者来到上饶。');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).meta.publishedAt).toBe('2024-07-11');
  });

  it.each([
    [['analyze', 'no-such-file.txt'], /E_IO/],
    [['analyze', SEED, '--format', 'xml'], /E_OPTION/],
    [['analyze', SEED, '--published-at', 'yesterday'], /E_DATE/],
    [['analyze', SEED, '--entity-model', 'no-such-model.bin'], /E_RESOURCE.*no-such-model\.bin/],
  ])('fails clearly for %j', (args, message) => {
    const { status, stderr } = zhnews(args);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
  });
});
