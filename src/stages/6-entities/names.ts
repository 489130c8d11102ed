/** The clean `name` of an entity: its text without stray spaces (one space kept between Latin words). */

function isLatinOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * Drop whitespace inside a name unless it separates two Latin words or numbers.
 *
 * @example
 * cleanName('晶科 能源') // '晶科能源'
 * cleanName('Apple  Inc') // 'Apple Inc'
 */
export function cleanName(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace && isLatinOrDigit(out.charCodeAt(out.length - 1)) && isLatinOrDigit(c)) out += ' ';
    pendingSpace = false;
    out += text[i];
  }
  return out;
}
