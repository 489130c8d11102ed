import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/types.js';

/** Read a file from fixtures/. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** The seed article as scraped, and what a careful reader takes from it. */
export const seed = {
  text: () => fixture('shangrao-g60-enclave.txt'),
  gold: () => JSON.parse(fixture('shangrao-g60-enclave.gold.json')),
};

/** Spans whose text is not the input slice they claim: must always be empty. */
export function misplacedSpans(input: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) => input.slice(s.start, s.end) !== s.text);
}
