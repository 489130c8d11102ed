import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { seed } from '../helpers.js';

/** The repository root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Start the zhnews CLI: the build (dist/cli.js, made by `npm test`'s pretest, as the other CLI tests use), or with
 * `fromSources` the TypeScript sources through tsx (whose worker threads then run src/corpus/worker.ts).
 */
export function startCli(args: string[], options: { fromSources?: boolean } = {}): ChildProcess {
  const entry = options.fromSources ? ['--import', tsx, 'src/cli/main.ts'] : ['dist/cli.js'];
  return spawn(process.execPath, [...entry, ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI to its end, feeding `stdin` (or nothing). */
export function runCli(args: string[], stdin = '', options: { fromSources?: boolean } = {}): Promise<CliResult> {
  const child = startCli(args, options);
  return finish(child, stdin);
}

/** Collect a started CLI's output until it exits; `stdin` null leaves its standard input open. */
export function finish(child: ChildProcess, stdin: string | null = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  if (stdin !== null) child.stdin?.end(stdin);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `n` small articles made from the seed's paragraphs, as JSONL records with ids `doc-0`, `doc-1`, … */
export function articles(n: number): { id: string; text: string }[] {
  const paragraphs = seed
    .text()
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 20);
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${i}`,
    text: [paragraphs[i % paragraphs.length], paragraphs[(i * 7 + 3) % paragraphs.length]].join('\n'),
  }));
}

/** Records as JSONL text. */
export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** Parse JSONL text, failing on any line that is not JSON. */
export function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
