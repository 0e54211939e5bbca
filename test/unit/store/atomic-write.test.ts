import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateFolder, writeFileAtomic } from '../../../electron/main/store';
import { faultyFs, type FaultStep } from './helpers/faulty-fs';
import { useTempDirs } from './helpers/temp-dir';

const isPosix = process.platform !== 'win32';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs();

  it('replaces the content and leaves a private file and no temp behind', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'old', { mode: 0o644 });
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.json']);
    if (isPosix) expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it.each<FaultStep>(['write', 'sync', 'rename'])('keeps the original byte-identical when the disk is full at %s', async (step) => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'original bytes');
    const fs = faultyFs({ step, code: 'ENOSPC', times: 1, matches: (p) => p.includes('a.json') });
    await expect(writeFileAtomic(target, 'replacement', { fs })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.failures()).toBe(1);
    expect(await readFile(target, 'utf8')).toBe('original bytes');
    expect(await readdir(dir)).toEqual(['a.json']);
    await writeFileAtomic(target, 'replacement', { fs });
    expect(await readFile(target, 'utf8')).toBe('replacement');
  });

  it('retries a rename that Windows-style contention blocks for a while', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    const fs = faultyFs({ step: 'rename', code: 'EBUSY', times: 3, matches: () => true });
    await writeFileAtomic(target, 'landed', { fs, retryDelayMs: 1 });
    expect(fs.failures()).toBe(3);
    expect(await readFile(target, 'utf8')).toBe('landed');
  });

  it('gives up on a rename that stays blocked, keeping the original', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.json');
    await writeFile(target, 'kept');
    const fs = faultyFs({ step: 'rename', code: 'EPERM', times: Infinity, matches: () => true });
    await expect(writeFileAtomic(target, 'lost', { fs, retryDelayMs: 1 })).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readFile(target, 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it.runIf(isPosix)('creates nested folders as 0700', async () => {
    const dir = await tempDir();
    const nested = join(dir, 'one', 'two');
    await ensurePrivateFolder(nested);
    expect((await stat(join(dir, 'one'))).mode & 0o777).toBe(0o700);
    expect((await stat(nested)).mode & 0o777).toBe(0o700);
  });
});
