// Where the data lives: COALITION_DATA_DIR when set, else Electron's userData; always private (0700).
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseDataDir, DATA_DIR_ENV, prepareDataDir } from '../../../electron/main/data-dir';

let base: string;
const app = (userData: string) => ({ getPath: vi.fn((_name: string) => userData) });

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'coalition-data-dir-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('chooseDataDir', () => {
  it('uses COALITION_DATA_DIR when set', () => {
    const electronApp = app('/home/someone/.config/Coalition Mapper');
    expect(chooseDataDir({ [DATA_DIR_ENV]: join(base, 'data') }, electronApp)).toBe(join(base, 'data'));
    expect(electronApp.getPath).not.toHaveBeenCalled();
  });

  it("falls back to Electron's userData folder", () => {
    const electronApp = app('/home/someone/.config/Coalition Mapper');
    expect(chooseDataDir({}, electronApp)).toBe('/home/someone/.config/Coalition Mapper');
    expect(chooseDataDir({ [DATA_DIR_ENV]: '  ' }, electronApp)).toBe('/home/someone/.config/Coalition Mapper');
    expect(electronApp.getPath).toHaveBeenCalledWith('userData');
  });

  it('refuses a relative folder, which would depend on where the app was started', () => {
    expect(() => chooseDataDir({ [DATA_DIR_ENV]: 'maps' }, app('/x'))).toThrow(/absolute path/);
  });
});

describe.skipIf(process.platform === 'win32')('prepareDataDir', () => {
  it('creates the folder with mode 0700', async () => {
    const dir = await prepareDataDir({ [DATA_DIR_ENV]: join(base, 'nested', 'data') }, app('/unused'));
    expect(dir).toBe(join(base, 'nested', 'data'));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it('tightens an existing folder that others could read', async () => {
    const dir = join(base, 'shared-by-mistake');
    await mkdir(dir, { mode: 0o755 });
    await prepareDataDir({}, app(dir));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });
});
