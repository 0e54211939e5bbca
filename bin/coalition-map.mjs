#!/usr/bin/env node
/* global process, URL */
// The `coalition-map` command: loads the built command line (dist/cli/coalition-map.mjs, made by
// `npm run build`) in this same process, so it starts in a fraction of a second. During
// development `npm run cli -- <command>` runs the TypeScript directly.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/coalition-map.mjs', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  process.stderr.write('coalition-map: the command line is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
// Node 22 and later keep the compiled code of these files between runs (code only, never a map).
module.enableCompileCache?.();
await import(built.href);
