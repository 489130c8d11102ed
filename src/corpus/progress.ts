
/** Counts of a corpus run so far. */
export interface CorpusStats {
  /** Documents written (analysed or reported as errors). */
  documents: number;
  failed: number;
  /** Documents skipped by `--resume`. */
  skipped: number;
  /** Characters of the documents written. */
  chars: number;
  /** How far the input has been read, in the input's unit (bytes or files). */
  position: number;
}

/** Reports a run's progress on stderr. */
export interface ProgressReporter {
  update(stats: CorpusStats): void;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** Input size in its unit when known (for percentage and ETA). */
  total: number | null;
  quiet: boolean;
  /** Milliseconds between plain lines when the stream is not a terminal. */
  interval?: number;
  now?: () => number;
}

const PLAIN_INTERVAL = 10_000;

/**
 * A progress bar with documents/s, chars/s and ETA when `stream` is a terminal (cli-progress), else a plain line
 * every 10 s (logs of batch jobs); nothing with `quiet`.
 *
 * @example
 * const progress = await createProgress({ stream: process.stderr, total: 1_000_000, quiet: false });
 * progress.update({ documents: 10, failed: 0, skipped: 0, chars: 20_000, position: 40_000 });
 * progress.stop();
 */
export async function createProgress(options: ProgressOptions): Promise<ProgressReporter> {
  if (options.quiet) return { update() {}, stop() {} };
  const now = options.now ?? Date.now;
  const started = now();
  const rates = (stats: CorpusStats) => {
    const seconds = Math.max((now() - started) / 1000, 1e-3);
    return { docsPerSec: (stats.documents / seconds).toFixed(1), charsPerSec: compact(stats.chars / seconds) };
  };
  if (!options.stream.isTTY) return plainReporter(options, rates, now, started);
  const { default: cliProgress } = await import('cli-progress'); // only for a terminal, not at import
  return barReporter(cliProgress, options, rates);
}

type Rates = (stats: CorpusStats) => { docsPerSec: string; charsPerSec: string };

function barReporter(cliProgress: typeof import('cli-progress'), options: ProgressOptions, rates: Rates): ProgressReporter {
  const known = options.total !== null && options.total > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: `${known ? '{bar} {percentage}% | ' : ''}{documents} docs ({failed} failed) | {docsPerSec} docs/s | {charsPerSec} chars/s${known ? ' | ETA {eta_formatted}' : ''}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? (options.total as number) : 1, 0, { documents: 0, failed: 0, docsPerSec: '0', charsPerSec: '0' });
  return {
    update(stats) {
      bar.update(known ? stats.position : 0, { documents: stats.documents, failed: stats.failed, ...rates(stats) });
    },
    stop: () => bar.stop(),
  };
}

function plainReporter(options: ProgressOptions, rates: Rates, now: () => number, started: number): ProgressReporter {
  let last: CorpusStats | null = null;
  const print = () => {
    if (!last) return;
    const { docsPerSec, charsPerSec } = rates(last);
    let where = '';
    if (options.total) {
      const fraction = Math.min(last.position / options.total, 1);
      const eta = fraction > 0 ? ((now() - started) / 1000) * ((1 - fraction) / fraction) : null;
      where = `, ${(fraction * 100).toFixed(1)}% of input${eta === null ? '' : `, ETA ${duration(eta)}`}`;
    }
    options.stream.write(
      `zhnews corpus: ${last.documents} docs (${last.failed} failed, ${last.skipped} skipped), ${docsPerSec} docs/s, ${charsPerSec} chars/s${where}\n`,
    );
  };
  const timer = setInterval(print, options.interval ?? PLAIN_INTERVAL);
  timer.unref(); // never keeps the process alive
  return {
    update(stats) {
      last = { ...stats };
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * A count in short form: 950, 12.3k, 4.56M.
 *
 * @example
 * compact(123456) // '123.5k'
 */
export function compact(value: number): string {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)}M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  return value.toFixed(0);
}

/**
 * Seconds as 45s, 3m05s or 2h07m.
 *
 * @example
 * duration(185) // '3m05s'
 */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
