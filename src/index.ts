export { analyze, analyzeMany, createAnalyzer, type Analyzer } from './analyzer.js';
export { Doc, SCHEMA_VERSION } from './doc/doc.js';
export { ZhnewsError, ERROR_CODES, type ZhnewsErrorCode } from './errors.js';
export type { AnalyzeOptions, AnalyzerOptions } from './options.js';
export type { Segmenter } from './stages/3-segment/index.js';
export type * from './types.js';
export type { AnalyzeManyOptions, ManyInput } from './corpus/analyze-many.js';
export { runCorpus, type CorpusOptions, type CorpusSummary } from './corpus/run-corpus.js';
