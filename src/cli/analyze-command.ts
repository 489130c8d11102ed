import type { Command } from 'commander';
import { createAnalyzer } from '../analyzer.js';
import { ZhnewsError } from '../errors.js';
import { renderHtml } from '../render/html.js';
import { renderText } from '../render/text.js';
import { listInputs, readInput } from './read-inputs.js';

const FORMATS = ['json', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `zhnews analyze <file|dir|->... [--format json|text|html] [--published-at DATE] [--entity-model FILE]`.
 * One input prints its analysis (pretty JSON, a text report or a self-contained HTML page); several print one JSON
 * line each (`{"file": …, …doc}`) or text reports separated by a header line (html takes one input: one page).
 */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles: files, directories of .txt/.html files, or - for standard input')
    .argument('<inputs...>', 'files, directories or -')
    .option('-f, --format <format>', `output format: ${FORMATS.join(' | ')}`, 'json')
    .option('--published-at <date>', 'publication date YYYY-MM-DD (resolves 7月4日 and overrides the byline)')
    .option('--entity-model <file>', 'entity model file to use instead of the shipped one (npm run train:ner)')
    .action((inputs: string[], opts: { format: string; publishedAt?: string; entityModel?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new ZhnewsError('E_OPTION', `--format must be one of ${FORMATS.join(', ')}, got ${opts.format}`);
      }
      const format = opts.format as Format;
      const analyzer = createAnalyzer({ publishedAt: opts.publishedAt ?? null, entityModel: opts.entityModel });
      const paths = listInputs(inputs);
      const many = paths.length > 1;
      if (many && format === 'html') {
        throw new ZhnewsError('E_OPTION', `--format html writes one page: give one input, got ${paths.length}`);
      }
      for (const path of paths) {
        const doc = analyzer.analyze(readInput(path).text);
        if (format === 'json') {
          process.stdout.write(many ? `${JSON.stringify({ file: path, ...doc.toJSON() })}\n` : `${JSON.stringify(doc.toJSON(), null, 2)}\n`);
        } else if (format === 'html') {
          process.stdout.write(renderHtml(doc.toJSON()));
        } else {
          process.stdout.write(`${many ? `==> ${path} <==\n` : ''}${renderText(doc.toJSON())}${many ? '\n' : ''}`);
        }
      }
    });
}
