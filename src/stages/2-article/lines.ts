import { isSpace } from '../../doc/characters.js';

/** A range of the normalised text, half-open. */
export interface Range {
  start: number;
  end: number;
}

/** The lines of a text with surrounding spaces trimmed; empty lines left out. */
export function splitLines(text: string): Range[] {
  const lines: Range[] = [];
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const trimmed = trimRange(text, lineStart, lineEnd);
    if (trimmed.end > trimmed.start) lines.push(trimmed);
    if (newline === -1) return lines;
    lineStart = newline + 1;
  }
}

/** Shrink [start, end) past spaces, tabs and line breaks on both sides. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
