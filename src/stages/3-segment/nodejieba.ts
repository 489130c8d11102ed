import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ZhnewsError } from '../../errors.js';
import { dataPath } from '../../resources/paths.js';
import type { Segmenter } from './segmenter.js';

interface JiebaBinding {
  load(dict: string, hmm: string, user: string, idf: string, stopWords: string): boolean;
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
}

let binding: JiebaBinding | null = null;

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
 * The default segmenter: nodejieba's MixSegment with POS tags, dictionary loaded lazily on first use.
 *
 * @example
 * nodejiebaSegmenter().tag('上饶市科技局') // [{ word: '上饶市', tag: 'ns' }, { word: '科技局', tag: 'n' }]
 */
export function nodejiebaSegmenter(): Segmenter {
  return { tag: (text) => loadBinding().tag(text) };
}
