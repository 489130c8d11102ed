import type { Range } from '../2-article/index.js';
import type { Gazetteer } from './gazetteer.js';
import type { TokenIndex } from './tokens.js';

/**
 * What every finder of the places stage reads: the normalised text, its sentences, jieba's tokens and the gazetteer.
 *
 * @example
 * const scan: PlaceScan = { text, sentences: layout.sentences, tokens: indexTokens(tokens, text.length), gazetteer };
 */
export interface PlaceScan {
  text: string;
  sentences: readonly Range[];
  tokens: TokenIndex;
  gazetteer: Gazetteer;
}
