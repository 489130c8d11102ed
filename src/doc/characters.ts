/** Character classes used across stages. */

/** A Han character: CJK unified ideographs, extension A, compatibility ideographs and the supplementary planes. */
export function isHan(codePoint: number): boolean {
  return (
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3134f) ||
    codePoint === 0x3007 // 〇
  );
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Space, tab or line break. */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}
