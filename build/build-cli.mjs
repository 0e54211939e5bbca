/* global URL */
// Builds the `coalition-map` command line into dist/cli/ with esbuild: one ES module holding the
// CLI and everything it imports, plus the betweenness worker it starts for big maps. Starting it
// loads one file of plain JavaScript, where running the TypeScript through tsx compiled every
// module at each start (about a second). tsx stays for development only (`npm run cli`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: {
    'coalition-map': 'electron/cli/main.ts',
    // parallel-betweenness.ts starts its workers from this file name beside its own module.
    'brandes-slice-worker-entry': 'electron/main/analysis/brandes-slice-worker.ts',
  },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Bundled CommonJS packages call require(); give the ES module one.
  banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
  // The CLI never loads Electron; its type-only imports vanish, and this keeps it out if one slips in.
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
