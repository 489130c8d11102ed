import { MappedTextBuilder, type MappedText } from '../../doc/offset-map.js';

/**
 * Fold the characters that make the same text look different: full-width ASCII (１２０亿 → 120亿, （ → ( ),
 * ideographic and no-break spaces → space, CRLF/CR/line separators → \n, zero-width characters and soft
 * hyphens removed, control characters → space, lone surrogates → U+FFFD (one unit each, so offsets stay put).
 *
 * @example
 * foldCharacters('１２０亿\r\n').text // '120亿\n'
 */
export function foldCharacters(source: string): MappedText {
  const out = new MappedTextBuilder(source);
  const n = source.length;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue; // printable ASCII: the common case
    if (c >= 0x4e00 && c <= 0x9fff) continue; // CJK unified ideographs: the other common case
    let replacement: string | null = null;
    let width = 1;
    if (c >= 0xff01 && c <= 0xff5e) replacement = String.fromCharCode(c - 0xfee0);
    else if (c === 0x0d) {
      replacement = '\n';
      if (source.charCodeAt(i + 1) === 0x0a) width = 2;
    } else if (c === 0x2028 || c === 0x2029 || c === 0x85) replacement = '\n';
    else if (c === 0x3000 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) replacement = ' ';
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) replacement = '';
    else if ((c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f) replacement = ' ';
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = source.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a well-formed pair: keep it
        continue;
      }
      replacement = '\ufffd';
    } else if (c >= 0xdc00 && c <= 0xdfff) replacement = '\ufffd';
    if (replacement === null) continue;
    out.copy(kept, i);
    out.replace(replacement, i, i + width);
    i += width - 1;
    kept = i + 1;
  }
  out.copy(kept, n);
  return out.build();
}
