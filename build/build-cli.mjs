/* global URL */
// Builds the `coalition-map` command line into dist/cli/ with esbuild: one ES module holding the
// CLI and everything it imports, plus the betweenness worker it starts for big maps. Starting it
// loads one file of plain JavaScript, where running the TypeScript through tsx compiled every
// module at each start (about a second). tsx stays for development only (`npm run cli`).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names change with their content: old ones go, so dist/cli holds only this build.
rmSync(new URL('../dist/cli', import.meta.url), { recursive: true, force: true });

/**
 * zod's `z.locales` re-exports its error messages in some forty languages, and esbuild cannot drop
 * a namespace re-export: about 300 KB every command would parse at start. The command line speaks
 * English (zod's default, set by zod itself from en.js), so the namespace holds English alone.
 */
const englishZodOnly = {
  name: 'english-zod-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: 'zod-locales-en', namespace: 'english-zod-only', pluginData: args.resolveDir } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'english-zod-only' }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: args.pluginData,
      loader: 'js',
    }));
  },
};

await build({
  plugins: [englishZodOnly],
  absWorkingDir: root,
  entryPoints: {
    'coalition-map': 'electron/cli/main.ts',
    // parallel-betweenness.ts starts its workers from this file name beside its own module.
    'brandes-slice-worker-entry': 'electron/main/analysis/brandes-slice-worker.ts',
  },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  // Each command is its own chunk (cli/main.ts imports it when asked for), so a run compiles only
  // the code it uses. Chunks sit beside the entry: the worker is found relative to them.
  splitting: true,
  chunkNames: 'chunk-[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Bundled CommonJS packages call require(); give the ES module one.
  banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
  // The CLI never loads Electron; its type-only imports vanish, and this keeps it out if one slips in.
  external: ['electron'],
  // Less text to parse at every start; names kept, so errors still say which class threw.
  minify: true,
  keepNames: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
