/**
 * Build data/opencc/tw-phrases.txt: OpenCC's Taiwan → mainland phrase table (TWPhrasesRev) without the entries
 * whose Simplified form is itself a common mainland word.
 *
 * Why: much Traditional-script news is mainland text converted character by character (the seed article is).
 * There, rewriting 智慧 → 智能, 建立 → 创建 or 执行 → 运行 changes what the article says. A phrase is kept only
 * when its character-converted form is rare in jieba's mainland dictionary (frequency below MIN_MAINLAND_FREQ):
 * 記憶體 → 內存 stays, 智慧 → 智能 goes.
 *
 * Run: npx tsx scripts/build-tw-phrases.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';

const MIN_MAINLAND_FREQ = 20;

const require = createRequire(import.meta.url);
const jiebaDict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict/jieba.dict.utf8');
const frequency = new Map<string, number>();
for (const line of readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [word, freq] = line.split(' ');
  if (word) frequency.set(word, Number(freq));
}
const toSimplifiedChar = new Map(TSCharacters.split('|').map((entry) => entry.split(' ') as [string, string]));
const simplify = (word: string) => [...word].map((c) => toSimplifiedChar.get(c) ?? c).join('');

const entries = TWPhrasesRev.split('|').map((entry) => entry.split(' '));
const kept = entries.filter(([from]) => (frequency.get(simplify(from)) ?? 0) < MIN_MAINLAND_FREQ);
const out = new URL('../data/opencc/tw-phrases.txt', import.meta.url);
mkdirSync(dirname(out.pathname), { recursive: true });
writeFileSync(out, `${kept.map((e) => e.join(' ')).join('|')}\n`);
console.log(`kept ${kept.length} of ${entries.length} Taiwan phrases (dropped ${entries.length - kept.length} common mainland words)`);
