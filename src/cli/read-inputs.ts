import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ZhnewsError } from '../errors.js';

/** File extensions read from a directory argument. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

export interface InputDocument {
  /** The path, or '-' for standard input. */
  name: string;
  text: string;
}

/**
 * Expand CLI arguments into documents: a file, every .txt/.html/.htm file of a directory (sorted, not recursive),
 * or '-' for standard input. A path that cannot be read is a ZhnewsError E_IO.
 *
 * @example
 * listInputs(['fixtures']) // ['fixtures/shangrao-g60-enclave.txt', ...]
 */
export function listInputs(args: readonly string[]): string[] {
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      paths.push(arg);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch (cause) {
      throw new ZhnewsError('E_IO', `cannot read ${arg}: no such file or directory`, { cause });
    }
    if (!isDirectory) {
      paths.push(arg);
      continue;
    }
    const files = readdirSync(arg)
      .filter((f) => ARTICLE_EXTENSIONS.has(extname(f).toLowerCase()))
      .sort();
    paths.push(...files.map((f) => join(arg, f)));
  }
  return paths;
}

/** Read one input as UTF-8 ('-' reads standard input to its end). */
export function readInput(path: string): InputDocument {
  try {
    return { name: path, text: readFileSync(path === '-' ? 0 : path, 'utf8') };
  } catch (cause) {
    throw new ZhnewsError('E_IO', `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}
