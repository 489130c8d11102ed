// One corpus run with N workers (argv: input, output, workers) through the built library; prints JSON.
import { runCorpus } from '../dist/index.js';

const [input, output, workers] = process.argv.slice(2);
const t0 = performance.now();
const summary = await runCorpus({ input, output, workers: Number(workers), quiet: true });
const wall = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({ ...summary, wall, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
