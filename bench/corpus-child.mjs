// One corpus run with N workers (argv: input, output, workers) through the built library; prints JSON.
import { readFileSync } from 'node:fs';
import { runCorpus } from '../dist/index.js';

/** CPU seconds of this process's main thread alone (Linux: /proc/self/task/<pid>/stat), else null. */
function mainThreadCpuSeconds() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // after "pid (comm) ": state is field 3
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime (fields 14, 15), in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

const [input, output, workers] = process.argv.slice(2);
const t0 = performance.now();
const elu0 = performance.eventLoopUtilization();
const main0 = mainThreadCpuSeconds();
const summary = await runCorpus({ input, output, workers: Number(workers), quiet: true });
const wall = (performance.now() - t0) / 1000;
// How busy the main thread was (reading, dispatching, writing): what it takes from the workers' cores. The event-loop
// share is of wall time (it stretches when other processes take the CPU); the CPU seconds do not depend on the load.
const mainBusy = performance.eventLoopUtilization(elu0).utilization;
const main1 = mainThreadCpuSeconds();
const mainCpuSeconds = main0 === null || main1 === null ? null : main1 - main0;
const { user, system } = process.cpuUsage(); // all threads: the same work should cost the same CPU at any count
const cpuSeconds = (user + system) / 1e6;
process.stdout.write(JSON.stringify({ ...summary, wall, mainBusy, mainCpuSeconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
