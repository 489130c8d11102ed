import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import type { Segmenter } from './segmenter.js';

interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stopWords: string): boolean;
  cut(text: string, useHmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
}

let binding: JiebaBinding | null = null;

/** word → POS tag, filled on first sight of each word; cleared when it grows past this many words. */
const posCache = new Map<string, string>();
const MAX_CACHED_WORDS = 1_000_000;

/**
 * nodejieba's native binding, loaded once. We skip nodejieba's index.js on purpose: its `load()` assigns
 * `dict`, `hmmDict`, `userDict`, `idfDict` and `stopWordDict` as implicit globals, clobbering a caller's `dict`.
 * The keyword-extraction tables (idf, stop words) are replaced by one-line stubs: we do not use jieba's extractor,
 * and its 6 MB idf table alone costs ~300 ms of start-up.
 */
function loadBinding(): JiebaBinding {
  if (binding) return binding;
  try {
    const require = createRequire(import.meta.url);
    const root = dirname(require.resolve('nodejieba/package.json'));
    const loaded = require(join(root, 'build', 'Release', 'nodejieba.node')) as JiebaBinding;
    const dict = join(root, 'submodules', 'cppjieba', 'dict');
    loaded.load(
      join(dict, 'jieba.dict.utf8'),
      join(dict, 'hmm_model.utf8'),
      dataPath('jieba', 'user.dict.utf8'),
      dataPath('jieba', 'idf.stub.utf8'),
      dataPath('jieba', 'stop-words.stub.utf8'),
    );
    binding = loaded;
    return loaded;
  } catch (cause) {
    throw new ZhnewsError(
      'E_RESOURCE',
      'could not load nodejieba (its native binding is built at install time: try `npm rebuild nodejieba`)',
      { cause },
    );
  }
}

/**
 * The POS tag jieba's tagger gives `word`: its dictionary tag, else 'm' / 'eng' / 'x' by its ASCII content
 * (jieba's rule for words found by the HMM); 'x' too when the word alone would be cut into several.
 * Asked of the binding once per distinct word and cached: jieba's `tag` builds a JS object per word, which makes
 * it three times slower than `cut`, and a news corpus repeats the same few hundred thousand words.
 */
function posOf(jieba: JiebaBinding, word: string): string {
  let pos = posCache.get(word);
  if (pos !== undefined) return pos;
  const tagged = jieba.tag(word);
  pos = tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : 'x';
  if (posCache.size >= MAX_CACHED_WORDS) posCache.clear();
  posCache.set(word, pos);
  return pos;
}

/**
 * The default segmenter: nodejieba's MixSegment (dictionary + HMM) with the tags of jieba's POS tagger;
 * dictionary loaded lazily on first use.
 *
 * @example
 * nodejiebaSegmenter().tag('上饶市科技局') // [{ word: '上饶市', tag: 'ns' }, { word: '科技局', tag: 'n' }]
 */
export function nodejiebaSegmenter(): Segmenter {
  return {
    tag(text) {
      const jieba = loadBinding();
      return jieba.cut(text, true).map((word) => ({ word, tag: posOf(jieba, word) }));
    },
  };
}
