import { analyzeManyWith, type AnalyzeManyOptions, type ManyInput } from './corpus/analyze-many.js';
import type { Analysis } from './doc/analysis.js';
import { buildDoc } from './doc/build-doc.js';
import type { Doc } from './doc/doc.js';
import { describeValue, ZhnewsError } from './errors.js';
import { checkDateOption, checkOptionsObject, checkPathOption, type AnalyzeOptions, type AnalyzerOptions } from './options.js';
import { normalize } from './stages/1-normalize/index.js';
import { readArticle } from './stages/2-article/index.js';
import { nodejiebaSegmenter, segment, type Segmenter } from './stages/3-segment/index.js';
import { findFigures } from './stages/4-figures/index.js';
import { findPlaces } from './stages/5-places/index.js';
import { recognizeEntities } from './stages/6-entities/index.js';
import { loadModel, loadModelFile, type NerModel } from './stages/6-entities/model.js';
import { tellStory } from './stages/7-story/index.js';

export interface Analyzer {
  /** Analyse one article. */
  analyze(text: string, options?: AnalyzeOptions): Doc;
  /** Analyse many articles, in input order, optionally over worker threads (see src/corpus/analyze-many.ts). */
  analyzeMany(items: Iterable<ManyInput> | AsyncIterable<ManyInput>, options?: AnalyzeManyOptions): AsyncGenerator<Doc>;
}

/**
 * An analyser with its own settings. Heavy resources (jieba dictionary, gazetteer, model) are shared by all
 * analysers in the process and loaded lazily on first use.
 *
 * @example
 * const zh = createAnalyzer({ publishedAt: '2024-07-11' });
 * zh.analyze('7月4日,记者来到上饶。').meta.publishedAt // '2024-07-11'
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const settings = checkOptionsObject(options);
  const defaultDate = checkDateOption(settings.publishedAt, 'publishedAt');
  const segmenter: Segmenter = (settings.segmenter as Segmenter | undefined) ?? nodejiebaSegmenter();
  // a user's model is read now, so a wrong path fails here and not on the first article
  const modelPath = checkPathOption(settings.entityModel, 'entityModel');
  const model = modelPath === null ? null : loadModelFile(modelPath);
  const analyzer: Analyzer = {
    analyze(text: string, callOptions?: AnalyzeOptions): Doc {
      if (typeof text !== 'string') {
        throw new ZhnewsError('E_INPUT_TYPE', `analyze() needs a string, got ${describeValue(text)}`);
      }
      const call = checkOptionsObject(callOptions);
      const publishedAt = checkDateOption(call.publishedAt, 'publishedAt') ?? defaultDate;
      return buildDoc(runPipeline(text, publishedAt, segmenter, model ?? loadModel()));
    },
    analyzeMany: (items, manyOptions) =>
      analyzeManyWith(
        { analyze: analyzer.analyze, publishedAt: defaultDate, threadable: !settings.segmenter, entityModel: modelPath },
        items,
        manyOptions,
      ),
  };
  return analyzer;
}

/** The stages in order; each reads what the earlier ones assigned (see ARCHITECTURE.md). */
function runPipeline(input: string, publishedAt: string | null, segmenter: Segmenter, model: NerModel): Analysis {
  const { text, map } = normalize(input); // 1
  const layout = readArticle(text, publishedAt); // 2
  const analysis: Analysis = { input, text, map, layout, tokens: [], figures: [], entities: [], summary: null };
  analysis.tokens = segment(text, layout.sentences, segmenter); // 3
  analysis.figures = findFigures(analysis); // 4
  analysis.entities = analysis.entities.concat(findPlaces(analysis)); // 5 (not push(...): 10 MB inputs overflow the call stack)
  analysis.entities = recognizeEntities(analysis, model); // 6
  analysis.summary = tellStory(analysis); // 7
  return analysis;
}

let shared: Analyzer | null = null;

/**
 * Analyse a Chinese news article (Simplified or Traditional, clean or scraped) with the default analyser.
 *
 * @example
 * const doc = analyze('上饶新闻\n来源:江西日报 时间:2024-07-11\n上饶与松江区合作。');
 * doc.meta // { title: '上饶新闻', source: '江西日报', author: null, publishedAt: '2024-07-11' }
 */
export function analyze(text: string, options?: AnalyzeOptions): Doc {
  shared ??= createAnalyzer();
  return shared.analyze(text, options);
}

/**
 * Analyse many articles with the default analyser, yielding Docs in input order; `workers` threads share the work.
 *
 * @example
 * for await (const doc of analyzeMany(['上饶新闻\n正文。', { text: '嘉兴新闻', publishedAt: '2024-07-11' }], { workers: 2 })) {
 *   console.log(doc.meta.title); // '上饶新闻', then '嘉兴新闻'
 * }
 */
export function analyzeMany(items: Iterable<ManyInput> | AsyncIterable<ManyInput>, options?: AnalyzeManyOptions): AsyncGenerator<Doc> {
  shared ??= createAnalyzer();
  return shared.analyzeMany(items, options);
}
