/** Choosing among overlapping candidates: one entity per stretch of text. */
import type { Candidate } from './candidate.js';

/**
 * Keep a set of candidates with no overlaps: higher priority first, then longer, then more confident. A government
 * pattern strictly inside a longer model name of a body (中共黄石市委 inside 中共黄石市委宣传部) gives way to it.
 *
 * @example
 * resolveOverlaps([model('上饶市科技局推荐'), rule('上饶市科技局')]) // [rule('上饶市科技局')]
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const kept = candidates.filter((c) => !(c.priority === 2 && insideModelBody(c, candidates)));
  const order = [...kept].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of order) {
    if (!chosen.some((d) => d.start < c.end && c.start < d.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function insideModelBody(rule: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.some(
    (m) =>
      m.source === 'model' &&
      (m.type === 'government' || m.type === 'organization') &&
      m.start <= rule.start &&
      rule.end <= m.end &&
      m.end - m.start > rule.end - rule.start &&
      m.confidence >= 0.5,
  );
}
