import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { listInputs } from '../cli/read-inputs.js';
import { ZhnewsError } from '../errors.js';
import { readLines } from './lines.js';
import { readRecord, type CorpusRecord } from './record.js';

/** A corpus being read: its records in order, and how far the reading has got (for progress and ETA). */
export interface CorpusInput {
  records: AsyncIterable<CorpusRecord>;
  /** Size of the whole input in `unit`s, when known (not for standard input). */
  total: number | null;
  unit: 'bytes' | 'files';
  /** How much of the input has been read so far, in `unit`s. */
  position(): number;
  /** Stop reading (Ctrl-C): the records end after what has been read. */
  close(): void;
}

/**
 * Open a corpus: a JSONL file, `-` for JSONL on standard input, or a directory whose .txt/.html/.htm files are one
 * document each (sorted by name; the file name is the id). Records are produced lazily, one at a time.
 *
 * @example
 * const input = openCorpus('news.jsonl');
 * for await (const record of input.records) if (record.kind === 'document') console.log(record.id);
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
  async function* records(): AsyncGenerator<CorpusRecord> {
    try {
      for await (const { line, text } of readLines(counted)) {
        if (text.trim() === '') continue; // blank lines (a trailing newline, spacing) are not documents
        yield readRecord(text, line);
      }
    } catch (cause) {
      if (closed) return; // the stream was destroyed on purpose
      throw new ZhnewsError('E_IO', `cannot read the corpus: ${(cause as Error).message}`, { cause });
    }
  }
  return {
    records: records(),
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
  async function* records(): AsyncGenerator<CorpusRecord> {
    for (let k = 0; k < files.length && !closed; k++) {
      const id = basename(files[k]);
      try {
        const text = await readFile(files[k], 'utf8');
        yield { kind: 'document', id, line: k + 1, text, publishedAt: null, extra: {} };
      } catch (cause) {
        yield { kind: 'invalid', id, line: k + 1, error: { code: 'E_IO', message: `cannot read ${files[k]}: ${(cause as Error).message}` } };
      }
      done = k + 1;
    }
  }
  return {
    records: records(),
    total: files.length,
    unit: 'files',
    position: () => done,
    close() {
      closed = true;
    },
  };
}
