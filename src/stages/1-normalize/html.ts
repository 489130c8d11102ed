import { MappedTextBuilder, type MappedText } from '../../doc/offset-map.js';
import { decodeEntityAt } from './html-entities.js';

/** Tags whose start or end breaks a line; other known tags are simply dropped. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote body br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody td tfoot th thead title tr ul'.split(' '),
);
const INLINE_TAGS = new Set(
  'a abbr b bdi bdo big cite code data del dfn em font i img input ins kbd label link mark meta q s samp small source span strike strong sub sup time tt u var wbr head button select option textarea svg iframe noscript center'.split(' '),
);
/** Elements whose content is not text for a reader. */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template']);
const MAX_TAG_LENGTH = 4000;

/**
 * Drop HTML markup: known tags removed (block tags become a line break), script and style content dropped,
 * comments dropped, character references decoded everywhere. Text that merely contains `<` is left alone.
 * One forward scan; the positions of the next `<` and `>` are cached so the scan stays linear.
 *
 * @example
 * stripHtml('<p>上海&amp;松江</p>').text // '\n上海&松江\n'
 */
export function stripHtml(source: string): MappedText {
  if (source.indexOf('<') === -1 && source.indexOf('&') === -1) return { text: source, map: null };
  const markup = looksLikeHtml(source);
  const out = new MappedTextBuilder(source);
  const n = source.length;
  let nextGt = -2; // cached index of the next '>' at or after the cursor (-1: none left)
  let kept = 0; // start of the pending run of kept text
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const entity = decodeEntityAt(source, i);
      if (entity) {
        out.copy(kept, i);
        out.replace(entity.text, i, entity.end);
        i = kept = entity.end;
        continue;
      }
    } else if (c === 0x3c /* < */ && markup) {
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 4);
        const end = close === -1 ? n : close + 3;
        out.copy(kept, i);
        out.replace('', i, end);
        i = kept = end;
        continue;
      }
      if (nextGt !== -1 && nextGt < i) nextGt = source.indexOf('>', i);
      const tag = nextGt > i && nextGt - i <= MAX_TAG_LENGTH ? readTag(source, i, nextGt) : null;
      if (tag) {
        let end = nextGt + 1;
        if (!tag.closing && SKIP_CONTENT.has(tag.name)) {
          const close = indexOfIgnoreCase(source, `</${tag.name}`, end);
          const closeGt = close === -1 ? -1 : source.indexOf('>', close);
          end = closeGt === -1 ? n : closeGt + 1;
        }
        out.copy(kept, i);
        out.replace(BLOCK_TAGS.has(tag.name) ? '\n' : '', i, end);
        i = kept = end;
        continue;
      }
    }
    i++;
  }
  out.copy(kept, n);
  return out.build();
}

/** Markup is stripped only from text that has an unmistakable tag: a closing tag, <br>, <p>, <div>, <html>. */
function looksLikeHtml(source: string): boolean {
  return /<\/[a-zA-Z][a-zA-Z0-9]{0,9}>|<(?:br|p|div|html|body|span|img|table)[\s/>]/i.test(source);
}

/** Read `<name ...>` or `</name>` between `lt` and `gt`; null unless it is a known HTML tag with no '<' inside. */
function readTag(source: string, lt: number, gt: number): { name: string; closing: boolean } | null {
  let p = lt + 1;
  const closing = source.charCodeAt(p) === 0x2f; /* / */
  if (closing) p++;
  const nameStart = p;
  while (p < gt && isAsciiAlnum(source.charCodeAt(p))) p++;
  if (p === nameStart) return null;
  const name = source.slice(nameStart, p).toLowerCase();
  if (!BLOCK_TAGS.has(name) && !INLINE_TAGS.has(name) && !SKIP_CONTENT.has(name)) return null;
  const after = source.charCodeAt(p);
  if (p < gt && after !== 0x20 && after !== 0x2f && after !== 0x0a && after !== 0x09 && after !== 0x0d) return null;
  if (source.lastIndexOf('<', gt) !== lt) return null;
  return { name, closing };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function indexOfIgnoreCase(haystack: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  let at = from;
  for (;;) {
    const found = haystack.indexOf('</', at);
    if (found === -1) return -1;
    if (haystack.slice(found, found + lower.length).toLowerCase() === lower) return found;
    at = found + 2;
  }
}
