// The stand-in Electron must look like a real one to @electron/fuses, or the packaging test would
// stop at the fuse step (or, worse, skip it). Its wire reads back as Electron's defaults, and flipping
// it works and is visible afterwards.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../store/helpers/temp-dir';
import { writeStandInElectron } from './stand-in-electron';

describe('stand-in Electron distribution', () => {
  const tempDir = useTempDirs();

  it('carries a fuse wire with Electron’s defaults that @electron/fuses can flip', async () => {
    const folder = await writeStandInElectron(await tempDir());
    const executable = join(folder, 'electron');
    const before = await getCurrentFuseWire(executable);
    expect(before.version).toBe(FuseVersion.V1);
    expect(before[FuseV1Options.RunAsNode]).toBe(FuseState.ENABLE);
    expect(before[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.DISABLE);
    await flipFuses(executable, { version: FuseVersion.V1, [FuseV1Options.RunAsNode]: false, [FuseV1Options.OnlyLoadAppFromAsar]: true });
    const after = await getCurrentFuseWire(executable);
    expect(after[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect((await readFile(executable, 'utf8')).startsWith('#!/bin/sh\n')).toBe(true);
  });
});
