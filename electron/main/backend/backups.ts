// Listing and restoring a map's backups: only for the open map, the one that failed to open, or a
// recent one. A restore closes the map (keeping its key), puts the backup in place and reopens it.
import { readFile } from 'node:fs/promises';
import type { CoalitionBackend, Notice, OpenResult } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { appendAudit, sha256Hex } from '../audit';
import { listBackups, restoreBackup } from '../store';
import type { HandlerContext } from './context';
import type { MapSession } from './map-session';
import { queued } from '../queue';
import { writeFailure } from './write-failure';

type BackupHandlers = Pick<CoalitionBackend, 'listBackups' | 'restoreBackup'>;

export function createBackupHandlers({ session, inOrder }: HandlerContext): BackupHandlers {
  return {
    listBackups: queued(inOrder, async ({ path }) => {
      const target = session.assertKnown(path);
      return listBackups(target, { backupDir: session.backupDir, codec: session.isOpen(target) ? session.codec : null });
    }),
    restoreBackup: queued(inOrder, ({ path, backupId }) => restore(session, session.assertKnown(path), backupId)),
  };
}

async function restore(session: MapSession, target: string, backupId: string): Promise<OpenResult> {
  const wasOpen = session.isOpen(target);
  const keyed = wasOpen ? await session.setAside() : null;
  const { backupDir, clock, dataDir } = session;
  let restored: MapDocument;
  try {
    restored = await restoreBackup(target, backupId, { backupDir, clock, codec: keyed });
  } catch (error) {
    if (wasOpen) await session.open(target, [], keyed);
    throw writeFailure(error, 'Restoring the backup');
  }
  const notices: Notice[] = [{ level: 'info', message: 'The backup was restored. The content it replaced was kept as a backup.' }];
  try {
    const fileHash = sha256Hex(await readFile(target));
    await appendAudit(dataDir, { action: 'restore', recordCount: restored.stakeholders.length, fieldNames: [], fileHash, source: 'window' }, { clock });
  } catch (error) {
    // The restore itself landed; a log that could not be written must not undo or hide it.
    notices.push({ level: 'warning', message: writeFailure(error, 'Recording the restore in the audit log').message });
  }
  return session.open(target, notices, keyed);
}
