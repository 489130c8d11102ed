/**
 * The public data shapes: what `doc.toJSON()` returns and `zhnews analyze --format json` prints.
 * Field names are the contract of design.md; new fields may be added, none renamed.
 */

/** A piece of the input: `input.slice(start, end) === text` always holds. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** A sentence of the article, with the paragraph it belongs to and its role. */
export interface Sentence extends Span {
  /** The sentence as analysed: Simplified, half-width, without pinyin annotations or markup. */
  normalized: string;
  /** Index of the paragraph (title and meta lines count as paragraphs of their own). */
  paragraph: number;
  role: 'title' | 'meta' | 'body';
}

/** A boilerplate span: page furniture set aside from the article. */
export interface BoilerplateSpan extends Span {
  /** What it was recognised as. */
  kind: 'navigation' | 'breadcrumb' | 'toolbar' | 'footer';
}

export interface Token extends Span {
  /** The word as analysed: Simplified, half-width, without pinyin annotations. */
  normalized: string;
  /** Part-of-speech tag (jieba / ICTCLAS tag set: n, v, ns, m, eng, x, ...). */
  pos: string;
}

export type EntityType = 'company' | 'organization' | 'government' | 'person' | 'position' | 'place';

export type PlaceLevel =
  | 'country'
  | 'province'
  | 'city'
  | 'district'
  | 'town'
  | 'zone'
  | 'macro-region'
  | 'other';

export interface Entity extends Span {
  type: EntityType;
  /** Clean Simplified form: no pinyin annotations, no stray spaces. */
  name: string;
  source?: 'model' | 'rule' | 'gazetteer';
  confidence?: number;
  /** Places only: 6-digit GB/T 2260 code, null for zones, macro-regions and countries. */
  code?: string | null;
  level?: PlaceLevel;
  /** Places only: canonical names from the province down. */
  path?: string[];
  /**
   * Places only: set to 'company' when the place is part of a company's name (苏州 in 苏州弘道新材料). Such a place
   * says where the company comes from, not what the article is about: the story leaves it out.
   */
  within?: 'company';
  /** Places only: how the place was resolved (e.g. 'unique', 'explicit-parent', 'document-context', 'prominence'). */
  resolvedBy?: string;
}

export type FigureKind =
  | 'number'
  | 'percent'
  | 'percentage-points'
  | 'money'
  | 'count'
  | 'measure'
  | 'ordinal'
  | 'date'
  | 'duration'
  | 'range';

export interface Figure extends Span {
  kind: FigureKind;
  /** Money in currency units; percent as 33.24; date as 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'; exact decimal string when a double cannot hold it. */
  value: number | string;
  unit?: string;
  approx?: 'about' | 'over' | 'nearly' | 'under' | null;
  min?: number;
  max?: number;
  /** What it counts or measures: '企业', '转化率'. */
  subject?: string | null;
}

export interface ArticleMeta {
  title: string | null;
  source: string | null;
  author: string | null;
  /** ISO date YYYY-MM-DD. */
  publishedAt: string | null;
}

/** A figure chosen for the summary: what it is, what it measures, and the sentence that says it. */
export interface KeyFigure {
  /** The figure as written in the input. */
  text: string;
  value: number | string;
  unit: string | null;
  subject: string | null;
  /** The sentence it comes from, in its clean (normalised) form. */
  sentence: string;
  /** Where the figure is in the input. */
  start?: number;
  end?: number;
}

export interface Summary {
  focus: { name: string; code: string | null } | null;
  partners: { name: string; code?: string | null; type: string }[];
  companies: string[];
  organizations: string[];
  government: string[];
  people: string[];
  places: { name: string; code: string | null; level: PlaceLevel; mentions: number }[];
  platforms: string[];
  keyFigures: KeyFigure[];
  industries: string[];
  policies: string[];
  mechanisms: string[];
  keySentences: Span[];
  keywords: { word: string; weight: number }[];
}

/** The whole analysis as plain data: the JSON contract. */
export interface DocJSON {
  schemaVersion: string;
  text: string;
  meta: ArticleMeta;
  boilerplate: BoilerplateSpan[];
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  figures: Figure[];
  summary: Summary;
}
