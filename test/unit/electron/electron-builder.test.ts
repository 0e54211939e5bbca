// SEC-9 and packaging: electron-builder.yml read and validated by electron-builder's own loader and
// schema, then checked for the fuse table, what gets packed, the targets and the icons.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
type Config = Awaited<ReturnType<typeof getConfig>>;
let config: Config;

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null);
}, 60_000);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.coalitionmapper.app');
    expect(config.productName).toBe('Coalition Mapper');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
  });

  it('sets every fuse (SEC-9)', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs only the built app and package.json: no sources, tests or source maps', () => {
    // electron-builder's loader turns the YAML list into one file set.
    expect(config.files).toEqual([
      { filter: ['dist/**/*', 'package.json', '!**/*.map', '!node_modules/tsx/**', '!node_modules/esbuild/**', '!node_modules/@esbuild/**'] },
    ]);
    expect(config.asar).toBe(true);
  });

  it('publishes nowhere, so no update feed is built into the app', () => {
    expect(config.publish).toBeNull();
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('takes its icons from build/, at the sizes each platform needs', async () => {
    expect(config.linux?.icon).toBe('build/icons');
    expect(config.win?.icon).toBe('build/icon.png');
    expect(config.mac?.icon).toBe('build/icon.png');
    expect(await pngSize(join(root, 'build', 'icon.png'))).toEqual({ width: 512, height: 512 });
    expect(await pngSize(join(root, 'build', 'icons', '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(await pngSize(join(root, 'build', 'icons', '256x256.png'))).toEqual({ width: 256, height: 256 });
  });
});
