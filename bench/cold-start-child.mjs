// One cold start: import the built library and analyse one article; prints JSON timings and peak RSS.
import { readFileSync } from 'node:fs';

const t0 = performance.now();
const { analyze } = await import('../dist/index.js');
const t1 = performance.now();
analyze(readFileSync(new URL('../fixtures/shangrao-g60-enclave.txt', import.meta.url), 'utf8'));
const t2 = performance.now();
const { user, system } = process.cpuUsage(); // the whole process from its start, node's own boot included
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, cpuMs: (user + system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
