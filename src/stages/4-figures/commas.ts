import type { OffsetMap } from '../../doc/offset-map.js';

/**
 * The text the figure scanners read: the normalised text with one thing put back — a full-width comma written
 * after a half-width digit stays `，`. Width folding turns `$20，300美圆` into `$20,300美圆`, but there the comma
 * is Chinese punctuation between two amounts, not a thousands separator (`４，５６５`, all full-width, still is).
 * Same length as `text`, so offsets do not move.
 *
 * @example
 * scanText('$20,300', '$20，300', map).includes('，') // true
 */
export function scanText(text: string, input: string, map: OffsetMap | null): string {
  let out: string[] | null = null;
  for (let k = text.indexOf(','); k !== -1; k = text.indexOf(',', k + 1)) {
    const s = map === null ? k : map.starts[k];
    if (input[s] !== '，' || s === 0) continue;
    const before = input.charCodeAt(s - 1);
    if (before < 0x30 || before > 0x39) continue; // a full-width digit before: a full-width number
    out ??= text.split(''); // UTF-16 units, so indices match (not code points)
    out[k] = '，';
  }
  return out === null ? text : out.join('');
}
