// `electron-builder --dir` on the built app, offline: Electron's binary is replaced by a stand-in
// folder (electronDist), nothing is rebuilt (npmRebuild: false) and no network call is allowed. It
// runs in the e2e project because `npm run test:e2e` builds dist/ first; a unit test would pack
// whatever stale dist/ happened to be lying around (or none). Linux only: electronDist must match
// the platform's layout (Electron.app on macOS), and CI runs on Linux.
import '../unit/setup/no-network';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { Arch, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStandInElectron } from '../unit/packaging/stand-in-electron';

const root = join(import.meta.dirname, '..', '..');
let work: string;
let appOutDir: string;
let packed: string[];

interface LockEntry {
  readonly dev?: boolean;
}

beforeAll(async () => {
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  work = await mkdtemp(join(tmpdir(), 'coalition-pack-'));
  const electronDist = await writeStandInElectron(work);
  const arch = process.arch === 'arm64' ? Arch.arm64 : Arch.x64;
  // The project's electron-builder.yml is loaded and these few keys are laid over it.
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', arch),
    config: { electronDist, npmRebuild: false, directories: { output: join(work, 'out') }, publish: null },
    publish: 'never',
  });
  appOutDir = join(work, 'out', arch === Arch.arm64 ? 'linux-arm64-unpacked' : 'linux-unpacked');
  packed = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false });
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Top-level package names under node_modules in the archive ("zod", "@esbuild/linux-x64"). */
function packedPackages(): string[] {
  const names = new Set<string>();
  for (const path of packed) {
    const match = /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (match?.[1] && !match[1].endsWith('.bin')) names.add(match[1]);
  }
  return [...names].filter((name) => !/^@[^/]+$/.test(name)).sort();
}

describe.runIf(process.platform === 'linux')('electron-builder --dir with a stand-in Electron', () => {
  it('packs the built main, preload and renderer and the package manifest, byte for byte', async () => {
    for (const path of ['/dist/main/index.js', '/dist/preload/index.cjs', '/dist/renderer/index.html', '/dist/renderer/ask-session.js', '/package.json']) {
      expect(packed).toContain(path);
    }
    const asar = join(appOutDir, 'resources', 'app.asar');
    expect(extractFile(asar, 'dist/main/index.js').equals(await readFile(join(root, 'dist', 'main', 'index.js')))).toBe(true);
    expect(extractFile(asar, 'dist/preload/index.cjs').equals(await readFile(join(root, 'dist', 'preload', 'index.cjs')))).toBe(true);
    expect(packed.some((path) => /^\/dist\/renderer\/assets\/index-[^/]+\.js$/.test(path))).toBe(true);
  });

  it('holds nothing of the app but dist/ and package.json: no sources, tests or source maps', () => {
    const appFiles = packed.filter((path) => !path.startsWith('/node_modules'));
    expect(appFiles.filter((path) => !/^\/(dist(\/|$)|package\.json$)/.test(path))).toEqual([]);
    expect(appFiles.filter((path) => /\.(ts|tsx|mts|cts)$/.test(path))).toEqual([]);
    expect(packed.filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(packed.filter((path) => /^\/(test|electron|shared|renderer|build|docs)\//.test(path))).toEqual([]);
  });

  it('ships no development dependency, directly or through another package', async () => {
    const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const names = packedPackages();
    expect(names).toContain('zod');
    expect(names.filter((name) => Object.hasOwn(manifest.devDependencies, name))).toEqual([]);
    // package-lock marks every package reached only through devDependencies with "dev": true.
    expect(names.filter((name) => lock.packages[`node_modules/${name}`]?.dev === true)).toEqual([]);
    expect(names.filter((name) => lock.packages[`node_modules/${name}`] === undefined)).toEqual([]);
  });

  it('leaves out the TypeScript runner of the command line, which the app never uses', () => {
    expect(packedPackages().filter((name) => ['tsx', 'esbuild'].includes(name) || name.startsWith('@esbuild/'))).toEqual([]);
  });

  it('flips the fuses in the packed executable as electron-builder.yml asks', async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'coalition-mapper'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });
});
