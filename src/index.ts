export { analyze, createAnalyzer, type Analyzer } from './analyzer.js';
export { Doc, SCHEMA_VERSION } from './doc/doc.js';
export { ZhnewsError, ERROR_CODES, type ZhnewsErrorCode } from './errors.js';
export type { AnalyzeOptions, AnalyzerOptions } from './options.js';
export type { Segmenter } from './stages/3-segment/index.js';
export { recognize, type RecognizeKind, type RecognizeOptions, type Recognized } from './stages/4-figures/index.js';
export type * from './types.js';
