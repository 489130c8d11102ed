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

/** ASCII digit at a string position. @example isDigitAt('G60', 1) // true */
export function isDigitAt(text: string, at: number): boolean {
  return isAsciiDigit(text.charCodeAt(at));
}

/**
 * Read `min`..`max` ASCII digits at `at` as a number, or null when fewer than `min` are there.
 *
 * @example
 * readDigits('2024年', 0, 4, 4) // { value: 2024, end: 4 }
 */
export function readDigits(text: string, at: number, min: number, max: number): { value: number; end: number } | null {
  let p = at;
  while (p - at < max && isDigitAt(text, p)) p++;
  if (p - at < min) return null;
  return { value: Number(text.slice(at, p)), end: p };
}
