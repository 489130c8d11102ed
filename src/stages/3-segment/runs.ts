import { isAsciiDigit, isAsciiLetter } from '../../doc/characters.js';

/** Joiners that stay inside a run only between two letters or digits: 2024-07-11, 1+M+N, AT&S, 10:30. */
const INNER = new Set(['.', ',', '-', '+', '/', ':', '&', '_']);

export interface Run {
  start: number;
  end: number;
  pos: 'm' | 'eng';
}

/**
 * Runs of Latin letters and digits that must stay one token — 2000, 33.24%, G60, TOPCon, 4K — found by one scan.
 * A decimal point or thousands comma joins digits; `%`/`‰` close a number; `,` joins only a 3-digit group.
 *
 * @example
 * findRuns('达33.24%的G60').map((r) => r.pos) // ['m', 'eng']
 */
export function findRuns(text: string, from: number, to: number): Run[] {
  const runs: Run[] = [];
  let i = from;
  while (i < to) {
    if (!isAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let letters = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (isAlnum(c)) {
        if (isAsciiLetter(c)) letters = true;
        i++;
      } else if (INNER.has(text[i]) && i + 1 < to && isAlnum(text.charCodeAt(i + 1)) && i > start) {
        if (text[i] === ',' && !isThousandsGroup(text, i, to)) break;
        i++;
      } else break;
      if (i >= to) break;
    }
    if (!letters && (text[i] === '%' || text[i] === '‰') && i < to) i++;
    runs.push({ start, end: i, pos: letters ? 'eng' : 'm' });
  }
  return runs;
}

function isAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** `,` followed by exactly three digits and preceded by a digit: the 1,100 of 1,100万. */
function isThousandsGroup(text: string, comma: number, to: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(comma - 1))) return false;
  for (let k = 1; k <= 3; k++) if (comma + k >= to || !isAsciiDigit(text.charCodeAt(comma + k))) return false;
  return comma + 4 >= to || !isAsciiDigit(text.charCodeAt(comma + 4));
}
