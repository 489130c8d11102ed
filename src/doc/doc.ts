import { inspect } from 'node:util';
import { ZhnewsError } from '../errors.js';
import { renderHtml, renderHtmlFragment, type HtmlOptions } from '../render/html.js';
import { renderText } from '../render/text.js';
import type {
  ArticleMeta,
  BoilerplateSpan,
  DocJSON,
  Entity,
  EntityType,
  Figure,
  FigureKind,
  Sentence,
  Span,
  Summary,
  Token,
} from '../types.js';

/** Version of the JSON contract printed by `toJSON()`; bumped on any change of shape. */
export const SCHEMA_VERSION = '1.0.0';

/** What `doc.render()` can produce. */
export type RenderFormat = 'text' | 'html';
const RENDER_FORMATS: readonly RenderFormat[] = ['text', 'html'];

/** What a Doc is made of: the JSON contract without its version. */
export type DocFields = Omit<DocJSON, 'schemaVersion'>;

/**
 * One analysed article. Owns the input text; every span in it is a view with offsets into that text, so
 * `doc.text.slice(span.start, span.end) === span.text` (spaCy's Doc/Span model). Immutable.
 *
 * @example
 * const doc = analyze('上饶新闻\n上饶与松江区合作。');
 * doc.meta.title          // '上饶新闻'
 * doc.sentences[1].text   // '上饶与松江区合作。'
 * doc.places()            // place entities (filled by the places stage)
 */
export class Doc {
  /** The input, unchanged. */
  readonly text: string;
  readonly meta: Readonly<ArticleMeta>;
  readonly boilerplate: readonly BoilerplateSpan[];
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly figures: readonly Figure[];
  readonly summary: Readonly<Summary>;

  constructor(fields: DocFields) {
    this.text = fields.text;
    this.meta = Object.freeze(fields.meta);
    this.boilerplate = Object.freeze(fields.boilerplate);
    this.paragraphs = Object.freeze(fields.paragraphs);
    this.sentences = Object.freeze(fields.sentences);
    this.tokens = Object.freeze(fields.tokens);
    this.entities = Object.freeze(fields.entities);
    this.figures = Object.freeze(fields.figures);
    this.summary = Object.freeze(fields.summary);
    Object.freeze(this);
  }

  /** Entities of one type, in document order. @example doc.entitiesOf('company').map((e) => e.name) */
  entitiesOf(type: EntityType): Entity[] {
    return this.entities.filter((e) => e.type === type);
  }

  /** @example doc.places()[0] // { type: 'place', name: '上饶市', code: '361100', level: 'city', ... } */
  places(): Entity[] {
    return this.entitiesOf('place');
  }

  companies(): Entity[] {
    return this.entitiesOf('company');
  }

  organizations(): Entity[] {
    return this.entitiesOf('organization');
  }

  governments(): Entity[] {
    return this.entitiesOf('government');
  }

  people(): Entity[] {
    return this.entitiesOf('person');
  }

  positions(): Entity[] {
    return this.entitiesOf('position');
  }

  /** Figures of one kind. @example doc.figuresOf('money')[0].value // 20000000 */
  figuresOf(kind: FigureKind): Figure[] {
    return this.figures.filter((f) => f.kind === kind);
  }

  /** The JSON contract of design.md: plain data, safe to JSON.stringify. */
  toJSON(): DocJSON {
    return {
      schemaVersion: SCHEMA_VERSION,
      text: this.text,
      meta: { ...this.meta },
      boilerplate: [...this.boilerplate],
      paragraphs: [...this.paragraphs],
      sentences: [...this.sentences],
      tokens: [...this.tokens],
      entities: [...this.entities],
      figures: [...this.figures],
      summary: { ...this.summary },
    };
  }

  /**
   * A view of the analysis: 'text' is a plain report, 'html' a self-contained page with entities and figures
   * highlighted and the story summary as a card.
   *
   * @example
   * writeFileSync('story.html', doc.render('html'))
   */
  render(format: RenderFormat, options?: HtmlOptions): string {
    if (format === 'text') return renderText(this.toJSON());
    if (format === 'html') return renderHtml(this.toJSON(), options);
    throw new ZhnewsError('E_OPTION', `render() takes ${RENDER_FORMATS.join(' or ')}, got ${String(format)}`);
  }

  /**
   * Rich display in Jupyter kernels that follow the Deno convention (`Symbol.for('Jupyter.display')` returning a
   * MIME bundle): the HTML view, with the inspect line as plain text.
   *
   * @example
   * doc[Symbol.for('Jupyter.display')]() // { 'text/plain': 'Doc(…)', 'text/html': '<div class="zhnews">…' }
   */
  [Symbol.for('Jupyter.display')](): Record<'text/plain' | 'text/html', string> {
    return { 'text/plain': this[inspect.custom](), 'text/html': renderHtmlFragment(this.toJSON()) };
  }

  /** A one-screen description for the REPL and notebooks' text output. */
  [inspect.custom](): string {
    const title = this.meta.title ?? this.sentences[0]?.text.slice(0, 30) ?? '';
    const count = (n: number, what: string) => `${n} ${what}`;
    return `Doc(${JSON.stringify(title)}: ${[
      count(this.text.length, 'chars'),
      count(this.sentences.length, 'sentences'),
      count(this.tokens.length, 'tokens'),
      count(this.entities.length, 'entities'),
      count(this.figures.length, 'figures'),
    ].join(', ')}${this.summary.focus ? `; focus ${this.summary.focus.name}` : ''})`;
  }
}
