import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { listInputs } from '../cli/read-inputs.js';
import { ZhnewsError } from '../errors.js';
import { readLines } from './lines.js';
import type { CorpusItem } from './record.js';

/** A corpus being read: its documents in order, and how far the reading has got (for progress and ETA). */
export interface CorpusInput {
  /** JSONL lines come raw (not parsed here: the worker reads them), a directory's files as read records. */
  items: AsyncIterable<CorpusItem>;
  /** Size of the whole input in `unit`s, when known (not for standard input). */
  total: number | null;
  unit: 'bytes' | 'files';
  /** How much of the input has been read so far, in `unit`s. */
  position(): number;
  /** Stop reading (Ctrl-C): the items end after what has been read. */
  close(): void;
}

/**
 * Open a corpus: a JSONL file, `-` for JSONL on standard input, or a directory whose .txt/.html/.htm files are one
 * document each (sorted by name; the file name is the id). Items are produced lazily, one at a time.
 *
 * @example
 * const input = openCorpus('news.jsonl');
 * for await (const item of input.items) console.log('source' in item ? item.line : item.record.id);
 */
export function openCorpus(source: string, stdin: Readable = process.stdin): CorpusInput {
  if (source === '-') return jsonlInput(stdin, null);
  let isDirectory: boolean;
  let size: number;
  try {
    const stat = statSync(source);
    isDirectory = stat.isDirectory();
    size = stat.size;
  } catch (cause) {
    throw new ZhnewsError('E_IO', `cannot read ${source}: no such file or directory`, { cause });
  }
  return isDirectory ? directoryInput(source) : jsonlInput(createReadStream(source), size);
}

function jsonlInput(stream: Readable, total: number | null): CorpusInput {
  let closed = false;
  let received = 0;
  const counted = countBytes(stream, (n) => (received += n));
  async function* items(): AsyncGenerator<CorpusItem> {
    try {
      for await (const { line, text } of readLines(counted)) {
        if (text.trim() === '') continue; // blank lines (a trailing newline, spacing) are not documents
        yield { line, source: text };
      }
    } catch (cause) {
      if (closed) return; // the stream was destroyed on purpose
      throw new ZhnewsError('E_IO', `cannot read the corpus: ${(cause as Error).message}`, { cause });
    }
  }
  return {
    items: items(),
    total,
    unit: 'bytes',
    position: () => received,
    close() {
      closed = true;
      stream.destroy();
    },
  };
}

async function* countBytes(stream: Readable, add: (n: number) => void): AsyncGenerator<Buffer | string> {
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    add(chunk.length);
    yield chunk;
  }
}

function directoryInput(dir: string): CorpusInput {
  const files = listInputs([dir]);
  let done = 0;
  let closed = false;
  async function* items(): AsyncGenerator<CorpusItem> {
    for (let k = 0; k < files.length && !closed; k++) {
      const id = basename(files[k]);
      try {
        const text = await readFile(files[k], 'utf8');
        yield { record: { kind: 'document', id, line: k + 1, text, publishedAt: null, extra: {} } };
      } catch (cause) {
        const error = { code: 'E_IO' as const, message: `cannot read ${files[k]}: ${(cause as Error).message}` };
        yield { record: { kind: 'invalid', id, line: k + 1, error } };
      }
      done = k + 1;
    }
  }
  return {
    items: items(),
    total: files.length,
    unit: 'files',
    position: () => done,
    close() {
      closed = true;
    },
  };
}
