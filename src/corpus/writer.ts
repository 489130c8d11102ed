import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { ZhnewsError } from '../errors.js';

/** Where JSONL output goes: whole lines, in order, with back-pressure. */
export interface LineWriter {
  /** Write one line, UTF-8 with its newline (encoded by the worker); resolves when the stream can take more. */
  write(line: Uint8Array): Promise<void>;
  /** Flush and close (standard output is flushed, not closed). */
  close(): Promise<void>;
}

/**
 * Open the output of a corpus run: a file (truncated, or appended to with `append`), or `-` for standard output.
 * Each line goes out in one write, so the file only ever ends mid-line if the process is killed hard (which
 * `--resume` repairs).
 *
 * @example
 * const out = openOutput('out.jsonl', { append: false });
 * await out.write(new TextEncoder().encode('{"id":1}\n'));
 * await out.close();
 */
export function openOutput(target: string, options: { append: boolean }, stdout: Writable = process.stdout): LineWriter {
  const toStdout = target === '-';
  const stream = toStdout ? stdout : createWriteStream(target, { flags: options.append ? 'a' : 'w' });
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure ??= error));
  const check = () => {
    if (failure) throw new ZhnewsError('E_IO', `cannot write ${toStdout ? 'standard output' : target}: ${failure.message}`, { cause: failure });
  };
  return {
    async write(line) {
      check();
      if (!stream.write(line)) await settle(stream, 'drain');
      check();
    },
    async close() {
      if (toStdout) {
        if (stream.writableNeedDrain && !failure) await settle(stream, 'drain');
      } else if (!stream.writableFinished && !failure) {
        const finished = settle(stream, 'finish');
        stream.end();
        await finished;
      }
      check();
    },
  };
}

/** Wait for `event`, or for the stream to fail or close, removing the listeners after (no build-up over millions of lines). */
function settle(stream: Writable, event: 'drain' | 'finish'): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const name of [event, 'error', 'close']) stream.off(name, done);
      resolve();
    };
    for (const name of [event, 'error', 'close']) stream.on(name, done);
  });
}
