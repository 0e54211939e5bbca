// A stand-in for Electron's unpacked distribution, so `electron-builder --dir` can run where the real
// binary cannot be downloaded. electron-builder copies the folder and renames the `electron`
// executable; @electron/fuses then looks for its sentinel in that file and flips the fuse bytes after
// it. The stand-in carries the sentinel and Electron's default wire, so fuse flipping runs for real
// and the test can read back what the packager wrote.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants';

/** Electron's own defaults, in wire order (RunAsNode, cookie encryption, NODE_OPTIONS, inspect, asar integrity, only-asar, browser V8 snapshot, file privileges). */
const ELECTRON_DEFAULT_WIRE = [FuseState.ENABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE];
const FUSE_WIRE_VERSION = 1;

/** Writes the stand-in folder under `parent` and returns its path (for electron-builder's `electronDist`). */
export async function writeStandInElectron(parent: string): Promise<string> {
  const folder = join(parent, 'electron-dist');
  await mkdir(folder, { recursive: true });
  const executable = join(folder, 'electron');
  await writeFile(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in Electron for packaging tests; it cannot run the app" >&2\nexit 1\n# '),
      Buffer.from(SENTINEL, 'ascii'),
      Buffer.from([FUSE_WIRE_VERSION, ELECTRON_DEFAULT_WIRE.length, ...ELECTRON_DEFAULT_WIRE]),
      Buffer.from('\n'),
    ]),
  );
  await chmod(executable, 0o755);
  return folder;
}
