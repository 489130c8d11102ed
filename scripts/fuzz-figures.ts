/**
 * Throw random strings built from awkward pieces at recognize() for a while and print the slowest input.
 * A hang shows as a run that never ends: the input being read is written to $TMPDIR/zhnews-fuzz-last.txt first.
 * Usage: npx tsx scripts/fuzz-figures.ts [seconds=30] [seed=12345]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recognize, type RecognizeKind } from '../src/index.js';

const PIECES = [
  '一', '两', '十', '百', '千', '万', '亿', '萬', '億', '零', '点', '點', '分之', '又', '负', '第', '余', '多', '几', '数', '1', '2',
  '0', '.', ',', '-', '%', '‰', '１', '２', '，', '．', '％', '元', '万元', '美元', '亩', '吨', '家', '个', '個', '年', '月', '日',
  '号', '天', '成', '折', '百分点', '至', '—', '~', ' ', '约', '近', '超过', '以上', '左右', 'k', 'K', 'M', 'e', '^', '/', '$', '￥',
  '(', ')', '、', '“', '”', 'G60', '4K', '長三角', '進(jìn)', '𠮷', '\n', 'http://x.cn/1%', '半', '打', '上', '两三', '十几',
  '1,000', '3/4', '2e5', '2^9', '去年', '个半', '廿', '卅', '〇', '壹', '拾', '佰', '陆',
];
const KINDS: RecognizeKind[] = ['number', 'percent', 'ordinal', 'money', 'measure', 'range', 'date'];
const seconds = Number(process.argv[2] ?? 30);
let seed = Number(process.argv[3] ?? 12345);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const lastFile = join(tmpdir(), 'zhnews-fuzz-last.txt');

const until = Date.now() + seconds * 1000;
let count = 0;
let worst = { ms: 0, input: '' };
while (Date.now() < until) {
  let input = '';
  for (let n = Math.floor(random() * 60); n > 0; n--) input += PIECES[Math.floor(random() * PIECES.length)];
  writeFileSync(lastFile, input);
  const t0 = performance.now();
  for (const kind of KINDS) {
    for (const found of recognize(input, kind, { referenceDate: '2024-07-11' })) {
      if (input.slice(found.start, found.end) !== found.text) throw new Error(`misplaced span in ${JSON.stringify(input)}`);
    }
  }
  const ms = performance.now() - t0;
  if (ms > worst.ms) worst = { ms, input };
  count++;
}
console.log(`${count} inputs in ${seconds} s; slowest ${worst.ms.toFixed(1)} ms: ${JSON.stringify(worst.input)}`);
