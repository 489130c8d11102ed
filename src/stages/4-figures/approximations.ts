import type { Figure } from '../../types.js';

type Approx = NonNullable<Figure['approx']>;

/** Words written before a figure that bound it: 约2000万元, 超过10家, 近一吨, 不足5%. */
const BEFORE: readonly [string, Approx][] = [
  ['约合', 'about'], ['大约', 'about'], ['约为', 'about'], ['约', 'about'], ['大概', 'about'],
  ['将近', 'nearly'], ['接近', 'nearly'], ['近', 'nearly'], ['几乎', 'nearly'],
  ['超过', 'over'], ['超', 'over'], ['逾', 'over'], ['突破', 'over'], ['至少', 'over'], ['多于', 'over'], ['高于', 'over'],
  ['不到', 'under'], ['不足', 'under'], ['不超过', 'under'], ['少于', 'under'], ['低于', 'under'], ['最多', 'under'],
];

/** Last characters of the markers above, to rule most positions out at once. */
const BEFORE_ENDINGS = new Set(BEFORE.map(([word]) => word[word.length - 1]));

/** Words written after a figure: 100人左右, 5%以上, 3年以内. */
const AFTER: readonly [string, Approx][] = [
  ['左右', 'about'], ['上下', 'about'], ['以上', 'over'], ['之多', 'over'], ['多', 'over'], ['余', 'over'],
  ['以下', 'under'], ['以内', 'under'], ['之内', 'under'],
];

/** Characters that make a one-character marker part of another word: 签约, 节约, 最近, 附近, 赶超. */
const WORD_BEFORE: Readonly<Record<string, string>> = {
  约: '签节制预条合契邀公履违特相婚隐誓租和践',
  近: '最附临靠亲邻就贴拉走远',
  超: '赶高',
};

/**
 * The approximation marker ending right before `start` (looking back over at most one linking 为/达).
 *
 * @example
 * approxBefore('成交额约为2000万元', 5) // 'about'
 */
export function approxBefore(text: string, start: number): Approx | null {
  const last = text[start - 1];
  if (last === '上' && '百千万'.includes(text[start])) return 'over'; // 上千家
  if (!BEFORE_ENDINGS.has(last) && last !== '为' && last !== '达') return null; // the common case: no marker
  for (const [word, approx] of BEFORE) {
    for (const end of [start, start - 1]) {
      if (end !== start && text[end] !== '为' && text[end] !== '达') continue;
      const at = end - word.length;
      if (at < 0 || !text.startsWith(word, at)) continue;
      if (word.length === 1 && at > 0 && WORD_BEFORE[word]?.includes(text[at - 1])) continue;
      return approx;
    }
  }
  return null;
}

/**
 * The approximation marker starting at `end`, with its length.
 *
 * @example
 * approxAfter('100人左右', 4) // { approx: 'about', length: 2 }
 */
export function approxAfter(text: string, end: number): { approx: Approx; length: number } | null {
  for (const [word, approx] of AFTER) if (text.startsWith(word, end)) return { approx, length: word.length };
  return null;
}
