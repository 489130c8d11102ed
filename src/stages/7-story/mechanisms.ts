import type { Analysis } from '../../doc/analysis.js';
import { MECHANISM_HEADS } from './cues.js';
import { storyLexicons } from './lexicons.js';
import { termMatcher } from './term-matcher.js';

const heads = termMatcher(MECHANISM_HEADS);
const MAX_QUOTED = 12;

/**
 * Cooperation mechanisms and models: names of the mechanisms lexicon (data/story/mechanisms.txt: 双向飞地,
 * 揭榜挂帅, 对口支援, 东西部协作 …) and short quoted names followed by 模式/机制/体系 (“1+M+N”体系), most
 * mentioned first.
 *
 * @example
 * findMechanisms(analysis) // ['双向飞地', '揭榜挂帅']
 */
export function findMechanisms(analysis: Analysis): string[] {
  const { text } = analysis;
  const counts = new Map<string, number>();
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const hit of storyLexicons().mechanisms.find(text)) count(hit.term);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') open = i;
    else if (text[i] === '”' && open !== -1) {
      if (i - open - 1 <= MAX_QUOTED && i - open > 1 && heads.matchAt(text, i + 1) !== null) count(text.slice(open + 1, i));
      open = -1;
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
