import type { Place } from './gazetteer.js';
import type { Mention } from './match.js';
import type { TokenIndex } from './tokens.js';

export function widenToZones(_text: string, mentions: Mention[], _tokens: TokenIndex): Mention[] {
  return mentions;
}
export type { Place };
