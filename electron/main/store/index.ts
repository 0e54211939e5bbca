// The store's public face: everything else in this folder is an implementation detail.
export { MapFileError, isMapFileError, type MapFileProblem } from './errors';
export { nodeFs, type FsPort, type FileHandlePort, type StatPort } from './fs-port';
export { readMapFile, type ReadOptions } from './read-map';
export { writeFileAtomic, ensurePrivateFolder, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from './atomic-write';
export { openMapStore, StaleRevisionError, type MapStore, type MapStoreOptions } from './map-store';
export { createMapFile, type CreateOptions } from './create-map';
export { replaceMapFile, type ReplacedMap, type ReplaceOptions } from './replace-map';
export { listBackups, backupFolderFor, DEFAULT_MAX_BACKUPS, type BackupLocation } from './backups';
export { restoreBackup, type RestoreOptions } from './restore';
export { MIGRATIONS, type Migration } from '../../../shared/migrations';
export { lockPathFor } from './lock';
export { MAP_EXTENSION, mapFileNameFor, uniqueMapPath, withMapExtension } from './file-names';
export { decodeMapBytes } from './read-map';
export { ENCRYPTED_MAP_FORMAT, toStored, type ByteCodec } from './codec';
export type { RekeyReport } from './rekey';
