import type { Analysis } from '../../doc/analysis.js';
import { POLICY_SUFFIXES } from './cues.js';
import { termMatcher } from './term-matcher.js';

const suffixes = termMatcher(POLICY_SUFFIXES);
/** Longest title read between 《 and 》; a longer run is a stray bracket, not a title. */
const MAX_TITLE = 80;

/**
 * Policy documents named in the text: titles in 《》 (or “”) whose last word is a policy word (办法, 意见, 规划,
 * 方案, 条例 …), ignoring a trailing (试行) or (2021-2025年). 《人民日报》 is a title but not a policy.
 *
 * @example
 * findPolicies(analysis) // ['上饶(长三角)科创飞地管理暂行办法']
 */
export function findPolicies(analysis: Analysis): string[] {
  const { text } = analysis;
  const found: string[] = [];
  for (const [open, close] of [['《', '》'], ['“', '”']] as const) {
    let at = text.indexOf(open);
    while (at !== -1) {
      const end = text.indexOf(close, at + 1);
      if (end === -1) break;
      const title = text.slice(at + 1, end);
      if (end - at <= MAX_TITLE && !title.includes(open) && !title.includes('\n') && isPolicyTitle(title)) found.push(title);
      at = text.indexOf(open, end + 1);
    }
  }
  return [...new Set(found)];
}

function isPolicyTitle(title: string): boolean {
  const core = withoutTrailingNote(title);
  return core.length > 2 && suffixes.matchBefore(core, core.length) !== null;
}

/** 《…办法(试行)》 → …办法: a bracketed note at the end does not change what the title is. */
function withoutTrailingNote(title: string): string {
  const last = title[title.length - 1];
  if (last !== ')' && last !== '）') return title;
  const open = Math.max(title.lastIndexOf('('), title.lastIndexOf('（'));
  return open > 0 ? title.slice(0, open) : title;
}
