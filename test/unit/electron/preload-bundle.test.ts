// The preload as it ships: built with the project's own electron-vite settings, then run where, as
// in Electron's sandbox, `require` knows nothing but 'electron'. A dependency left outside the
// bundle (require("zod")) would break the real app at start-up without failing any other test.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { loadConfigFromFile, PreloadConfigFactory } from 'electron-vite';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc';

const root = join(import.meta.dirname, '..', '..', '..');
let outDir: string;
let code: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'coalition-preload-'));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(root, 'electron.vite.config.ts'), root, 'silent');
  const preload = loaded.config.preload;
  if (!preload || typeof preload === 'function') throw new Error('electron.vite.config.ts has no plain preload section');
  // electron-vite's own factory adds its preload presets (Node target, electron external, ...) to the
  // project's section; only the output folder is redirected.
  const factory = new PreloadConfigFactory({ ...preload, build: { ...preload.build, outDir, emptyOutDir: true } }, { mode: 'production', logLevel: 'silent' }, { root });
  await viteBuild(await factory.build());
  const files = await readdir(outDir);
  expect(files).toContain('index.cjs');
  code = await readFile(join(outDir, 'index.cjs'), 'utf8');
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the built preload (dist/preload/index.cjs)', () => {
  it('is CommonJS that requires nothing but electron', () => {
    const required = new Set([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    expect([...required]).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/sourceMappingURL/);
  });

  it('runs with a sandbox-like require and exposes the full bridge', () => {
    const exposeInMainWorld = vi.fn();
    const electron = {
      contextBridge: { exposeInMainWorld },
      ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    };
    const sandboxRequire = (name: string): unknown => {
      if (name === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${name}"`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('coalition');
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onMenuCommand', 'onMenuOpenRecent'].sort());
  });
});
