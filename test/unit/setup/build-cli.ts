// The command-line tests run the CLI as it ships (dist/cli, bin/coalition-map.mjs), so the unit
// tests build it first: esbuild takes well under a second, and a stale build can never be tested.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['build/build-cli.mjs'], { stdio: 'inherit' });
}
