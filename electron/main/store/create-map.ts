// Writes a brand-new map file, durably, and refuses to replace anything already there. A hard link
// from the finished temp file makes "create if absent" atomic; where links are unsupported (FAT
// drives, some network shares) it falls back to check-then-rename.
import { dirname, resolve } from 'node:path';
import type { MapDocument } from '../../../shared/model';
import { ensurePrivateFolder, removeQuietly, syncFolder, writeDurableTemp } from './atomic-write';
import { toStored, type ByteCodec } from './codec';
import { MapFileError } from './errors';
import { errorCode, nodeFs, type FsPort } from './fs-port';
import { exists } from './quarantine';
import { noteChecked } from './checked-record';
import { serializeMap, validateForWrite } from './serialize';

export interface CreateOptions {
  readonly fs?: FsPort;
  /** Encrypts the new file (and its temp file) when set. */
  readonly codec?: ByteCodec | null;
  /** Where the store keeps the digests of files it wrote after checking them (checked-record.ts). */
  readonly checkedDir?: string;
}

function alreadyThere(path: string): MapFileError {
  return new MapFileError('exists', path, `${path}: a file with this name already exists; it was left untouched`);
}

export async function createMapFile(path: string, map: MapDocument, options: CreateOptions = {}): Promise<MapDocument> {
  const target = resolve(path);
  const fs = options.fs ?? nodeFs;
  const valid = validateForWrite(map, target);
  await ensurePrivateFolder(dirname(target), fs);
  if (await exists(fs, target)) throw alreadyThere(target);
  const stored = toStored(serializeMap(valid), options.codec);
  const temp = await writeDurableTemp(target, stored, fs);
  try {
    try {
      await fs.link(temp, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw alreadyThere(target);
      if (await exists(fs, target)) throw alreadyThere(target);
      await fs.rename(temp, target);
    }
  } finally {
    await removeQuietly(fs, temp);
  }
  await syncFolder(fs, dirname(target));
  if (options.checkedDir !== undefined) await noteChecked(options.checkedDir, target, stored, fs);
  return valid;
}
