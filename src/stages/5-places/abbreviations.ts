import type { Gazetteer, Place } from './gazetteer.js';
import type { Mention } from './match.js';
import type { PlaceScan } from './scan.js';

/** One-character abbreviations of the provinces, as in 沪苏浙皖 or 川渝两地 (GB/T 2260 codes). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000', 黑: '230000',
  沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000',
  鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 蜀: '510000',
  黔: '520000', 贵: '520000', 滇: '530000', 云: '530000', 藏: '540000', 陕: '610000', 陇: '620000', 甘: '620000',
  青: '630000', 宁: '640000', 新: '650000', 台: '710000', 港: '810000', 澳: '820000',
};

/** The same by UTF-16 code unit: a Map lookup by number, no string made per character scanned. */
const BY_UNIT = new Map(Object.entries(ABBREVIATIONS).map(([ch, code]) => [ch.charCodeAt(0), code]));

/** What may follow a pair of abbreviations to show they are provinces: 川渝两地, 京冀三地, 苏浙两省. */
const COUNTED = /^[两三四五][地省市]/;
const LONGEST_RUN = 6;

/**
 * Runs of province abbreviations — three or more different ones (沪苏浙皖, 云贵川), or two followed by a count of
 * places (川渝两地, 津冀两地) — as one province mention per character, merged into `mentions` in order. Runs
 * already matched whole (京津冀, 粤港澳 are macro-regions) are left alone.
 *
 * @example
 * // '沪苏浙皖三省一市' → 上海市, 江苏省, 浙江省, 安徽省 (one character each)
 */
export function findAbbreviationRuns(scan: PlaceScan, mentions: readonly Mention[]): Mention[] {
  const { text, sentences, tokens, gazetteer } = scan;
  const found: Mention[] = [];
  let k = 0;
  for (const sentence of sentences) {
    let i = sentence.start;
    while (i < sentence.end) {
      if (!BY_UNIT.has(text.charCodeAt(i))) {
        i++; // most characters: nothing to do
        continue;
      }
      while (k < mentions.length && mentions[k].end <= i) k++;
      const blocked = k < mentions.length ? mentions[k].start : sentence.end;
      let end = i;
      const seen = new Set<string>();
      while (end < Math.min(sentence.end, blocked) && end - i < LONGEST_RUN) {
        const code = BY_UNIT.get(text.charCodeAt(end));
        if (!code || seen.has(code)) break;
        seen.add(code);
        end++;
      }
      const length = end - i;
      const counted = length === 2 && COUNTED.test(text.slice(end, end + 2));
      if ((length >= 3 || counted) && tokens.mayCutAt(i) && (counted || tokens.mayCutAt(end))) {
        for (let at = i; at < end; at++) found.push(province(at, gazetteer, BY_UNIT.get(text.charCodeAt(at))!));
        i = end;
      } else i++;
    }
  }
  if (found.length === 0) return [...mentions];
  return [...mentions, ...found].sort((a, b) => a.start - b.start);
}

function province(at: number, gazetteer: Gazetteer, code: string): Mention {
  const place: Place = gazetteer.places.find((p) => p.code === code)!; // provinces are the first rows
  return { start: at, end: at + 1, candidates: [place], canonical: false, weak: false };
}
