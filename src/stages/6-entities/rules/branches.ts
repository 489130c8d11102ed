/**
 * A firm's branch is named after the firm: 中国银行上饶分行, 工商银行湖南省分行, 招商银行东直门支行, 富龙集团北京分公司.
 * CLUENER2020 labels the whole as one company (77 of its branch names), and so do readers of economic news.
 */
import type { EntityContext } from '../candidate.js';
import { nameEndAfter } from '../tokens.js';

/** Words that end a branch's name. */
const BRANCH_WORDS = ['分行', '支行', '分公司', '营业部'];
/** Longest stretch between the firm's name and the end of the branch word (上海市浦东新区 + 分行). */
const MAX_BRANCH = 12;

/**
 * Where a firm's name ending at `end` ends with its branch: after 分行, 支行, 分公司 or 营业部 when only a place or
 * a name (no verb or function word) stands between; else `end`.
 *
 * @example
 * withBranch(context, text.indexOf('上饶分行')) // end of 分行 in 中国银行上饶分行
 */
export function withBranch(context: EntityContext, end: number): number {
  const { text, tokens } = context;
  const isBranchEnd = (at: number) => BRANCH_WORDS.some((w) => text.startsWith(w, at - w.length) && at - w.length >= end);
  const found = nameEndAfter(text, tokens, end, text.length, MAX_BRANCH, isBranchEnd);
  return found === -1 ? end : found;
}
