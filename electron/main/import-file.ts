// Reads a file the user chose to import or merge. The size is checked before reading, so a
// multi-gigabyte file is refused without filling memory; the bytes go to the window as base64.
import { basename } from 'node:path';
import { MAX_IMPORT_FILE_BYTES, type ImportFile } from '../../shared/ipc';
import { errorCode } from './store/fs-port';
import { NotRegularFileError, readRegularFile, regularFileSize } from './store/read-regular';

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function readFailure(fileName: string, error: unknown): Error {
  const code = errorCode(error);
  const why =
    code === 'ENOENT' ? 'it was not found (moved or deleted?)'
    : code === 'EACCES' || code === 'EPERM' ? 'permission was denied'
    : code === 'EISDIR' ? 'it is a folder, not a file'
    : error instanceof NotRegularFileError ? `it is a ${error.kind}, not a file`
    : code === 'ELOOP' ? 'it is a shortcut (symbolic link) that leads back to itself'
    : `the system reported ${code ?? 'an error'}`;
  return new Error(`${fileName} could not be read because ${why}. Nothing was imported.`);
}

export async function readImportFile(path: string, limit: number = MAX_IMPORT_FILE_BYTES): Promise<ImportFile> {
  const fileName = basename(path);
  let size: number;
  try {
    size = await regularFileSize(path);
  } catch (error) {
    throw readFailure(fileName, error);
  }
  if (size > limit) {
    throw new Error(`${fileName} is ${megabytes(size)}, more than the import limit of ${megabytes(limit)}. Nothing was imported; split the file or remove columns you do not need.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path);
  } catch (error) {
    throw readFailure(fileName, error);
  }
  // The file may have grown between the size check and the read.
  if (bytes.length > limit) throw new Error(`${fileName} grew past the import limit of ${megabytes(limit)} while it was read. Nothing was imported.`);
  return { fileName, base64: bytes.toString('base64'), byteLength: bytes.length };
}
