// How a failed write is told to the user: what failed, why in plain words, and that the file on
// disk was kept as it was. Map file errors already say all that and pass through unchanged.
import { isMapFileError } from '../store';
import { errorCode } from '../store/fs-port';

export function writeFailure(error: unknown, what: string): Error {
  if (isMapFileError(error)) return error;
  const code = errorCode(error);
  const why =
    code === 'ENOSPC' ? 'the disk is full'
    : code === 'EACCES' || code === 'EPERM' ? 'permission was denied'
    : code === 'EROFS' ? 'the drive is read-only'
    : `the system reported ${code ?? (error instanceof Error ? error.message : 'an error')}`;
  return new Error(`${what} failed because ${why}. The file on disk was left as it was.`);
}
