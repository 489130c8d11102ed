import type { Range } from '../2-article/index.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './match.js';
import type { TokenIndex } from './tokens.js';

export function findTowns(_t: string, _s: readonly Range[], mentions: Mention[], _k: TokenIndex, _g: Gazetteer): Mention[] {
  return mentions;
}
