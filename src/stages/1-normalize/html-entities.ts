/** Named character references seen in scraped Chinese news pages (the full HTML list is 2,000+; these cover news). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', laquo: '\u00ab', raquo: '\u00bb',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', middot: '\u00b7', bull: '\u2022', times: '\u00d7',
  divide: '\u00f7', deg: '\u00b0', plusmn: '\u00b1', permil: '\u2030', yen: '\u00a5', euro: '\u20ac',
  pound: '\u00a3', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', sup2: '\u00b2', sup3: '\u00b3',
  frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c',
};
const MAX_NAME = 8;

/**
 * Decode the character reference starting at `at` (which holds '&'): `&amp;`, `&#20013;`, `&#x4E2D;`.
 * Returns the decoded text and the end of the reference, or null when there is none. Reads at most a dozen units.
 */
export function decodeEntityAt(source: string, at: number): { text: string; end: number } | null {
  if (source.charCodeAt(at + 1) === 0x23 /* # */) {
    const hex = source.charCodeAt(at + 2) === 0x78 || source.charCodeAt(at + 2) === 0x58;
    let p = at + (hex ? 3 : 2);
    const digitsStart = p;
    while (p - digitsStart < 7 && isDigit(source.charCodeAt(p), hex)) p++;
    if (p === digitsStart || source.charCodeAt(p) !== 0x3b /* ; */) return null;
    const codePoint = Number.parseInt(source.slice(digitsStart, p), hex ? 16 : 10);
    if (codePoint <= 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null;
    return { text: String.fromCodePoint(codePoint), end: p + 1 };
  }
  let p = at + 1;
  while (p - at <= MAX_NAME && isLetterOrDigit(source.charCodeAt(p))) p++;
  if (source.charCodeAt(p) !== 0x3b) return null;
  const decoded = NAMED[source.slice(at + 1, p)];
  return decoded === undefined ? null : { text: decoded, end: p + 1 };
}

function isDigit(c: number, hex: boolean): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  return hex && ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

function isLetterOrDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
