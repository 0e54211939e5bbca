// PRIV-5 for edits made in the window: a save that imported, merged or deleted records is logged
// with its count, the field names involved and the hash of the file as saved. Called only after the
// save succeeded, so the hash is of bytes that are really on disk.
import { readFile } from 'node:fs/promises';
import type { SaveAudit } from '../../../shared/ipc';
import { sha256Hex } from './audit-entry';
import { appendAudit, type AuditOptions } from './audit-log';

/**
 * Appends the entry for a save that just landed at `mapPath`. Returns the error instead of throwing:
 * the save itself succeeded, and a log that could not be written must not make it look failed.
 */
export async function recordSaveAudit(dataDir: string, mapPath: string, audit: SaveAudit, options: AuditOptions = {}): Promise<unknown> {
  try {
    const fileHash = sha256Hex(await readFile(mapPath));
    await appendAudit(dataDir, { action: audit.action, recordCount: audit.recordCount, fieldNames: [...audit.fieldNames], fileHash, source: 'window' }, options);
    return null;
  } catch (error) {
    return error;
  }
}
