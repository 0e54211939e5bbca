// Names for map files the app creates: readable, portable across file systems, never clobbering.
import { join } from 'node:path';
import { slugOf } from '../../../shared/slug';
import { nodeFs, type FsPort } from './fs-port';
import { exists } from './quarantine';

export const MAP_EXTENSION = '.coalition.json';

/** "Riverside Safety Coalition!" -> "riverside-safety-coalition.coalition.json". */
export function mapFileNameFor(coalitionName: string): string {
  return `${slugOf(coalitionName) || 'coalition'}${MAP_EXTENSION}`;
}

/**
 * Files a shared map keeps beside it (sync/sharing-file.ts). Left behind by a map deleted by hand,
 * they would make a new map at that path shared into the old coalition, so such a path is skipped.
 */
const SIBLINGS = ['.sharing', '.sync.json'];

/** A path in `folder` for a new map that does not exist yet: name, name-2, name-3, ... */
export async function uniqueMapPath(folder: string, coalitionName: string, fs: FsPort = nodeFs): Promise<string> {
  const stem = mapFileNameFor(coalitionName).slice(0, -MAP_EXTENSION.length);
  for (let n = 1; n < 10_000; n += 1) {
    const candidate = join(folder, `${n === 1 ? stem : `${stem}-${n}`}${MAP_EXTENSION}`);
    if (!(await exists(fs, candidate)) && !(await anyExists(fs, SIBLINGS.map((s) => `${candidate}${s}`)))) return candidate;
  }
  throw new Error(`no free file name for "${coalitionName}" in ${folder}`);
}

/** A save location typed without an extension still gets a map extension. */
export function withMapExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${MAP_EXTENSION}`;
}

async function anyExists(fs: FsPort, paths: readonly string[]): Promise<boolean> {
  for (const path of paths) if (await exists(fs, path)) return true;
  return false;
}
