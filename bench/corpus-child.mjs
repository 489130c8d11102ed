// One corpus run with N workers (argv: input, output, workers) through the built library; prints JSON.
import { runCorpus } from '../dist/index.js';

const [input, output, workers] = process.argv.slice(2);
const t0 = performance.now();
const elu0 = performance.eventLoopUtilization();
const summary = await runCorpus({ input, output, workers: Number(workers), quiet: true });
const wall = (performance.now() - t0) / 1000;
// How busy the main thread was (reading, splicing, writing): what it takes from the workers' cores.
const mainBusy = performance.eventLoopUtilization(elu0).utilization;
process.stdout.write(JSON.stringify({ ...summary, wall, mainBusy, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
