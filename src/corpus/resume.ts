import { createReadStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ZhnewsError } from '../errors.js';
import { readLines } from './lines.js';
import { resumeKey, type RecordId } from './record.js';

const TAIL_CHUNK = 1 << 16;

/**
 * What an earlier run already wrote to `path`: the resume key of every complete output line (see `resumeKey`).
 * A last line cut short by a hard kill is removed from the file first, so appending yields valid JSONL.
 * A missing file means nothing was done.
 *
 * @example
 * const done = await readFinished('out.jsonl'); // Set { 'id:"a1"', 'id:"a2"', 'line:9' }
 */
export async function readFinished(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  if (path === '-' || !existsSync(path)) return done;
  try {
    await dropPartialLastLine(path);
    for await (const { text } of readLines(createReadStream(path))) {
      const key = keyOf(text);
      if (key !== null) done.add(key);
    }
  } catch (cause) {
    throw new ZhnewsError('E_IO', `cannot resume from ${path}: ${(cause as Error).message}`, { cause });
  }
  return done;
}

function keyOf(text: string): string | null {
  try {
    const value = JSON.parse(text) as { id?: RecordId | null; line?: number };
    if (value === null || typeof value !== 'object') return null;
    return resumeKey(value.id ?? null, typeof value.line === 'number' ? value.line : -1);
  } catch {
    return null; // not one of our lines: ignore it rather than skip a document wrongly
  }
}

/** Truncate the file after its last newline (reading backwards, so the cost is the length of the last line). */
async function dropPartialLastLine(path: string): Promise<void> {
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const buffer = Buffer.alloc(TAIL_CHUNK);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - TAIL_CHUNK);
      const { bytesRead } = await file.read(buffer, 0, end - start, start);
      const nl = buffer.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (nl !== -1) {
        if (start + nl + 1 < size) await file.truncate(start + nl + 1);
        return;
      }
      end = start;
    }
    if (size > 0) await file.truncate(0);
  } finally {
    await file.close();
  }
}
