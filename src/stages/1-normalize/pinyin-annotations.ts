import { MappedTextBuilder, type MappedText } from '../../doc/offset-map.js';
import { isHan } from '../../doc/characters.js';
import { PINYIN_SYLLABLES } from './pinyin-syllables.js';

const TONE_MARKED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PLAIN = 'abcdefghijklmnopqrstuvwxyzü';
const MAX_ANNOTATION = 7;

/**
 * Remove the pinyin some sites insert after a character (進(jìn)入, 國內(nèi)) while keeping real parentheses
 * ((上海), (33.24%), (AT&S)). An annotation follows a Han character and holds one lower-case syllable; with a
 * tone mark it always counts, without one (的(de)) only when the text has tone-marked annotations elsewhere.
 *
 * @example
 * removePinyinAnnotations('進(jìn)入上海(AT&S)').text // '進入上海(AT&S)'
 */
export function removePinyinAnnotations(source: string): MappedText {
  if (source.indexOf('(') === -1) return { text: source, map: null };
  const annotations: { start: number; end: number; toned: boolean }[] = [];
  let toned = 0;
  for (let open = source.indexOf('('); open !== -1; open = source.indexOf('(', open + 1)) {
    const found = readAnnotation(source, open);
    if (found) {
      annotations.push(found);
      if (found.toned) toned++;
    }
  }
  const keepToneless = toned >= 2;
  const out = new MappedTextBuilder(source);
  let kept = 0;
  for (const a of annotations) {
    if (!a.toned && !keepToneless) continue;
    out.copy(kept, a.start);
    out.replace('', a.start, a.end);
    kept = a.end;
  }
  out.copy(kept, source.length);
  return out.build();
}

function readAnnotation(source: string, open: number): { start: number; end: number; toned: boolean } | null {
  if (open === 0 || !isHan(source.codePointAt(open - 1) ?? 0) && !isLowSurrogateOfHan(source, open - 1)) return null;
  let p = open + 1;
  let toned = false;
  while (p - open <= MAX_ANNOTATION) {
    const ch = source[p];
    if (ch === undefined) return null;
    if (TONE_MARKED.includes(ch) || (ch >= '\u0300' && ch <= '\u030c')) toned = true;
    else if (!PLAIN.includes(ch)) break;
    p++;
  }
  if (p === open + 1 || source[p] !== ')') return null;
  if (!toned && !PINYIN_SYLLABLES.has(source.slice(open + 1, p))) return null;
  return { start: open, end: p + 1, toned };
}

function isLowSurrogateOfHan(source: string, at: number): boolean {
  return at > 0 && isHan(source.codePointAt(at - 1) ?? 0);
}
