import { defineConfig } from 'tsup';

// One build, two entry points: the library (ESM + CJS + types) and the CLI (ESM, with a shebang).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    shims: true, // import.meta.url in the CJS build (used to find data/ and nodejieba's binding)
    sourcemap: true,
    clean: true,
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
]);
