import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { ZhnewsError } from '../errors.js';
import { compact } from '../corpus/progress.js';
import { runCorpus, type CorpusSummary } from '../corpus/run-corpus.js';

/** Exit status after Ctrl-C, as shells report a process ended by SIGINT. */
const EXIT_INTERRUPTED = 130;

/**
 * `zhnews corpus <in.jsonl|dir|-> --out <out.jsonl|-> [--workers N] [--resume] [--quiet] [--published-at DATE]
 * [--entity-model FILE]`.
 * Exit status 0 only when every document succeeded, 1 when some failed, 130 after Ctrl-C; a summary on stderr.
 *
 * @example
 * registerCorpusCommand(new Command('zhnews')); // adds `zhnews corpus`
 */
export function registerCorpusCommand(program: Command): void {
  program
    .command('corpus')
    .description('analyse a corpus: JSONL lines {id, text, publishedAt?, …} or a directory of .txt/.html files, in parallel, into JSONL')
    .argument('<input>', 'a JSONL file, a directory, or - for standard input')
    .requiredOption('-o, --out <output>', 'output JSONL file, or - for standard output')
    .option('-w, --workers <n>', 'worker threads (default: one per core)')
    .option('--resume', 'skip documents whose id is already in the output, and append the rest')
    .option('-q, --quiet', 'no progress reports (the summary is still printed)')
    .option('--published-at <date>', 'publication date YYYY-MM-DD for records that give none')
    .option('--entity-model <file>', 'entity model file to use instead of the shipped one (npm run train:ner)')
    .action(async (input: string, opts: { out: string; workers?: string; resume?: boolean; quiet?: boolean; publishedAt?: string; entityModel?: string }) => {
      const workers = opts.workers === undefined ? availableParallelism() : Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 1) {
        throw new ZhnewsError('E_OPTION', `--workers must be a whole number ≥ 1, got ${opts.workers}`);
      }
      const controller = new AbortController();
      const onInterrupt = () => {
        if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED); // a second Ctrl-C: stop now
        process.stderr.write('\nzhnews corpus: stopping after the documents in flight (Ctrl-C again to quit at once)\n');
        controller.abort();
      };
      process.on('SIGINT', onInterrupt);
      try {
        const summary = await runCorpus({
          input,
          output: opts.out,
          workers,
          resume: opts.resume,
          quiet: opts.quiet,
          publishedAt: opts.publishedAt ?? null,
          entityModel: opts.entityModel ?? null,
          signal: controller.signal,
        });
        process.stderr.write(`${describeSummary(summary, opts.out)}\n`);
        process.exitCode = summary.interrupted ? EXIT_INTERRUPTED : summary.failed > 0 ? 1 : 0;
      } finally {
        process.off('SIGINT', onInterrupt);
      }
    });
}

function describeSummary(s: CorpusSummary, out: string): string {
  const seconds = Math.max(s.seconds, 1e-3);
  const lines = [
    `zhnews corpus: ${s.documents} documents written (${s.succeeded} ok, ${s.failed} failed, ${s.skipped} skipped as already done) ` +
      `in ${s.seconds.toFixed(1)} s: ${(s.documents / seconds).toFixed(1)} docs/s, ${compact(s.chars / seconds)} chars/s`,
  ];
  if (s.failed > 0) lines.push(`zhnews corpus: ${s.failed} documents failed: see the lines with an "error" field`);
  if (s.interrupted) lines.push(`zhnews corpus: interrupted; ${out === '-' ? 'the output' : out} is valid JSONL, continue with --resume`);
  return lines.join('\n');
}
