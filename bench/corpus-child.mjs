// One corpus run with N workers (argv: input, output, workers) through the built library; prints JSON.
import { runCorpus } from '../dist/index.js';

const [input, output, workers] = process.argv.slice(2);
const t0 = performance.now();
const elu0 = performance.eventLoopUtilization();
const summary = await runCorpus({ input, output, workers: Number(workers), quiet: true });
const wall = (performance.now() - t0) / 1000;
// How busy the main thread was (reading, splicing, writing): what it takes from the workers' cores.
const mainBusy = performance.eventLoopUtilization(elu0).utilization;
const { user, system } = process.cpuUsage(); // all threads: the same work should cost the same CPU at any count
const cpuSeconds = (user + system) / 1e6;
process.stdout.write(JSON.stringify({ ...summary, wall, mainBusy, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
