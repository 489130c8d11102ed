import { createReadStream, existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ZhnewsError } from '../errors.js';
import { readLines } from './lines.js';
import { resumeKey } from './record.js';

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
  const fast = keyFromPrefix(text);
  if (fast !== null) return fast;
  try {
    const value = JSON.parse(text) as { id?: unknown; line?: unknown } | null;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    if (typeof value.id === 'string' || typeof value.id === 'number') return resumeKey(value.id, 0);
    return value.id === null && typeof value.line === 'number' ? resumeKey(null, value.line) : null;
  } catch {
    return null; // not one of our lines: ignore it rather than skip a document wrongly
  }
}

const ID_PREFIX = '{"id":';
const NULL_ID_LINE = 'null,"line":';

/**
 * The key read from the start of a line zhnews wrote (`{"id":…` comes first), without parsing the whole line:
 * document lines are tens of kilobytes, so resuming a large output stays fast. Null when the line is not in that
 * form (then the whole line is parsed).
 */
function keyFromPrefix(text: string): string | null {
  if (!text.startsWith(ID_PREFIX)) return null;
  const at = ID_PREFIX.length;
  if (text.startsWith(NULL_ID_LINE, at)) {
    const from = at + NULL_ID_LINE.length;
    let to = from;
    while (to < text.length && text.charCodeAt(to) >= 0x30 && text.charCodeAt(to) <= 0x39) to++;
    return to > from && text[to] === ',' ? resumeKey(null, Number(text.slice(from, to))) : null;
  }
  let end = at;
  if (text[at] === '"') {
    for (end = at + 1; end < text.length && text[end] !== '"'; end += text[end] === '\\' ? 2 : 1);
    end++;
  } else {
    while (end < text.length && text[end] !== ',' && text[end] !== '}') end++;
  }
  if (end > text.length || (text[end] !== ',' && text[end] !== '}')) return null;
  try {
    const id = JSON.parse(text.slice(at, end)) as unknown;
    return typeof id === 'string' || typeof id === 'number' ? resumeKey(id, 0) : null;
  } catch {
    return null;
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
