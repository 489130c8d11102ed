import { StringDecoder } from 'node:string_decoder';

/** A line of a text stream with its 1-based number. */
export interface NumberedLine {
  line: number;
  text: string;
}

/**
 * Split a byte stream into UTF-8 lines as it arrives, so memory holds one chunk and one line whatever the stream's
 * size. `\n` and `\r\n` both end a line; a UTF-8 byte-order mark at the start is dropped. A long line is kept as
 * pieces and joined once, so the time stays linear in its length.
 *
 * @example
 * for await (const { line, text } of readLines(createReadStream('corpus.jsonl'))) console.log(line, text.length);
 */
export async function* readLines(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder('utf8');
  let pieces: string[] = [];
  let line = 0;
  const take = (last: string): NumberedLine => {
    pieces.push(last);
    let text = pieces.join('');
    pieces = [];
    if (line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { line: ++line, text };
  };
  for await (const chunk of stream) {
    const part = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = part.indexOf('\n'); nl !== -1; nl = part.indexOf('\n', from)) {
      yield take(part.slice(from, nl));
      from = nl + 1;
    }
    if (from < part.length) pieces.push(part.slice(from));
  }
  const rest = decoder.end();
  if (rest) pieces.push(rest);
  if (pieces.length > 0) yield take('');
}
