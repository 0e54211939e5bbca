// Where things are, and whether the real Electron binary is installed (found by looking at files:
// resolving or requiring the `electron` package would start its download).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

/** The Electron executable when `node_modules/electron` holds a downloaded binary, else null. */
export function installedElectronBinary(): string | null {
  const packageDir = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  const distDir = join(packageDir, 'dist');
  if (!existsSync(pathFile) || !existsSync(distDir)) return null;
  const executable = join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export function chromiumBinary(): string {
  const chosen = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chosen)) {
    throw new Error(
      `No Chromium at ${chosen}. Install Debian's chromium (apt-get install chromium; .ci/run does this) ` +
        'or point CHROMIUM_PATH at a Chromium executable.',
    );
  }
  return chosen;
}

export function requireBuiltRenderer(): void {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      `The built renderer is missing (${join(RENDERER_DIR, 'index.html')}). ` +
        'Run "npm run test:e2e" (it builds first) or "npx electron-vite build", then run the tests again.',
    );
  }
}
