import { defineConfig } from 'tsup';

// One build, three entry points: the library (ESM + CJS + types), the CLI (ESM, with a shebang) and the corpus worker.
// No `clean`: the three configs build in parallel and a clean in one could wipe another's output.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    shims: true, // import.meta.url in the CJS build (used to find data/ and nodejieba's binding)
    sourcemap: true,
    target: 'node20',
    // opencc-js publishes its dictionaries as ESM only: bundle the few we use so require() works on any Node 20.
    noExternal: ['opencc-js'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    shims: true,
    sourcemap: true,
    target: 'node20',
    noExternal: ['opencc-js'],
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The corpus pool's worker thread, found beside the bundles at run time (src/corpus/pool.ts).
    entry: { 'corpus-worker': 'src/corpus/worker.ts' },
    format: ['esm'],
    shims: true,
    sourcemap: true,
    target: 'node20',
    noExternal: ['opencc-js'],
  },
]);
