import { readFileSync } from 'node:fs';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import { termMatcher, type TermMatcher } from './term-matcher.js';

/** The story stage's data files (data/story/), each read once per process on first use. */
export interface StoryLexicons {
  industries: TermMatcher;
  mechanisms: TermMatcher;
  stopWords: ReadonlySet<string>;
  /** Inverse document frequency of a word, with a default for words the background corpus never had. */
  idf: (word: string) => number;
}

let loaded: StoryLexicons | null = null;

/**
 * The lexicons of data/story/, loaded lazily and shared by every analyser in the process.
 *
 * @example
 * storyLexicons().stopWords.has('记者') // true
 */
export function storyLexicons(): StoryLexicons {
  if (loaded) return loaded;
  const idfTable = new Map<string, number>();
  const idfLines = readData('idf.tsv').split('\n');
  const fallback = Number(/default=([\d.]+)/.exec(idfLines[0])?.[1] ?? '10');
  for (const line of idfLines) {
    const tab = line.indexOf('\t');
    if (tab > 0 && !line.startsWith('#')) idfTable.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  loaded = {
    industries: termMatcher(readList('industries.txt')),
    mechanisms: termMatcher(readList('mechanisms.txt')),
    stopWords: new Set(readList('stop-words.txt')),
    idf: (word) => idfTable.get(word) ?? fallback,
  };
  return loaded;
}

/** Words of a list file: whitespace-separated, lines starting with # are comments. */
function readList(name: string): string[] {
  return readData(name)
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .flatMap((line) => line.split(/\s+/))
    .filter((word) => word.length > 0);
}

function readData(name: string): string {
  try {
    return readFileSync(dataPath('story', name), 'utf8');
  } catch (cause) {
    throw new ZhnewsError('E_RESOURCE', `could not read data/story/${name}`, { cause });
  }
}
