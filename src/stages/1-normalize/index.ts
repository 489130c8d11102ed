/**
 * Stage 1 — normalise. Needs: the input string. Adds: `text` (clean Simplified text for analysis) and `map`
 * (every unit of `text` back to its range in the input).
 */
import { composeMaps, type MappedText } from '../../doc/offset-map.js';
import { foldCharacters } from './characters.js';
import { stripHtml } from './html.js';
import { removePinyinAnnotations } from './pinyin-annotations.js';
import { toSimplified } from './script.js';

/** The steps in order: markup first (entities may decode to full-width forms), script conversion last. */
const STEPS: readonly ((text: string) => MappedText)[] = [stripHtml, foldCharacters, removePinyinAnnotations, toSimplified];

/**
 * Normalise an input for analysis and keep the way back.
 *
 * @example
 * const { text } = normalize('國內(nèi)１２０億');
 * text // '国内120亿'
 */
export function normalize(input: string): MappedText {
  let current: MappedText = { text: input, map: null };
  for (const step of STEPS) {
    const next = step(current.text);
    if (next.map !== null) current = { text: next.text, map: composeMaps(current.map, next.map) };
  }
  return current;
}
