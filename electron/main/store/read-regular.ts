// Reads a file only when it is a regular file. A named pipe (FIFO) at a map's path would make a
// plain read wait forever for a writer, and a device could stream without end. The file is opened
// without blocking, its type is checked on the open handle itself (so nothing can be swapped in
// between the check and the read), and only then is it read.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** What a path holds when it is not a regular file, in words for the user. */
export type NotRegularKind = 'folder' | 'named pipe' | 'socket' | 'device' | 'special file';

export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(
    readonly path: string,
    readonly kind: NotRegularKind,
  ) {
    super(`${path}: this is a ${kind}, not a file`);
    this.name = 'NotRegularFileError';
  }
}

interface TypeOf {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

function kindOf(stat: TypeOf): NotRegularKind {
  if (stat.isDirectory()) return 'folder';
  if (stat.isFIFO()) return 'named pipe';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return 'special file';
}

// O_NONBLOCK: opening a pipe for reading returns at once instead of waiting for a writer
// (Windows has no such flag and no FIFOs at a path; there it is 0).
const READ_NOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, READ_NOW);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(path, kindOf(stat));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** The size of a regular file, refusing anything else the same way (for limits checked before reading). */
export async function regularFileSize(path: string): Promise<number> {
  const handle = await open(path, READ_NOW);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotRegularFileError(path, kindOf(stat));
    return stat.size;
  } finally {
    await handle.close();
  }
}
