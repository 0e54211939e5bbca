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
import { backupCodec } from '../backup-recovery';

type BackupHandlers = Pick<CoalitionBackend, 'listBackups' | 'restoreBackup'>;

export function createBackupHandlers({ session, inOrder }: HandlerContext): BackupHandlers {
  return {
    listBackups: queued(inOrder, async ({ path, passphrase }) => {
      const target = session.assertKnown(path);
      // With a passphrase: the encrypted backups of a map that could not be opened (its way back).
      const given = passphrase === undefined ? null : await backupCodec(target, session.backupDir, passphrase);
      try {
        return await listBackups(target, { backupDir: session.backupDir, codec: given ?? (session.isOpen(target) ? session.codec : null) });
      } finally {
        given?.forget();
      }
    }),
    restoreBackup: queued(inOrder, ({ path, backupId, passphrase }) => restore(session, session.assertKnown(path), backupId, passphrase)),
  };
}

async function restore(session: MapSession, target: string, backupId: string, passphrase: string | undefined): Promise<OpenResult> {
  const wasOpen = session.isOpen(target);
  const { backupDir, clock, dataDir } = session;
  // A passphrase given here is proven on the chosen backup before anything is closed or written.
  const given = passphrase === undefined ? null : await backupCodec(target, backupDir, passphrase, backupId);
  const kept = wasOpen ? await session.setAside() : null;
  const keyed = given ?? kept;
  let restored: MapDocument;
  let setAside: string | null = null;
  try {
    const setAsideUnopenable = given === null ? undefined : (to: string) => void (setAside = to);
    restored = await restoreBackup(target, backupId, { backupDir, clock, codec: keyed, setAsideUnopenable });
  } catch (error) {
    if (wasOpen) await session.open(target, [], kept);
    given?.forget();
    throw writeFailure(error, 'Restoring the backup');
  }
  const replaced =
    setAside === null ? 'The content it replaced was kept as a backup.' : `The file it replaced, which that passphrase does not open, was moved aside unchanged to ${String(setAside)}.`;
  const notices: Notice[] = [{ level: 'info', message: `The backup was restored. ${replaced}` }];
  try {
    const fileHash = sha256Hex(await readFile(target));
    await appendAudit(dataDir, { action: 'restore', recordCount: restored.stakeholders.length, fieldNames: [], fileHash, source: 'window' }, keyed ? { clock, sealKeys: keyed.auditSealKeys() } : { clock });
  } catch (error) {
    // The restore itself landed; a log that could not be written must not undo or hide it.
    notices.push({ level: 'warning', message: writeFailure(error, 'Recording the restore in the audit log').message });
  }
  return session.open(target, notices, keyed);
}
