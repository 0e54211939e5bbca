// What follows a save that landed, whichever way it came (the whole map, a patch, parts): an erase
// reaches the backups, and an audited change is logged with the hash of the file as saved.
import type { SaveAudit, SaveErase, SaveResult } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { recordSaveAudit } from '../audit';
import type { MapStore } from '../store';
import { eraseFromBackupsWarning } from '../store/erase-from-backups';
import type { MapSession } from './map-session';
import { writeFailure } from './write-failure';

/** Only after the save landed: a failed save must erase nothing and log nothing. */
export async function afterSave(session: MapSession, store: MapStore, result: SaveResult, audit?: SaveAudit, erase?: SaveErase): Promise<SaveResult> {
  if (!audit) return result;
  const { backupDir, codec, dataDir } = session;
  const warnings = erase ? await eraseFromBackupsWarning(store.path, erase, { backupDir, codec }) : [];
  const logged = erase ? { action: audit.action, recordCount: erase.stakeholderIds.length, fieldNames: [] } : audit;
  const warning = await recordSaveAudit(dataDir, store.path, logged, session.auditOptions());
  if (warning !== null) warnings.push(writeFailure(warning, 'Recording the change in the audit log').message);
  return warnings.length === 0 ? result : { ...result, warnings };
}

/** An erase is refused before anything is written unless it goes with a delete that really removed them. */
export function assertErasable(map: MapDocument, erase: SaveErase, audit: SaveAudit | undefined): void {
  if (audit?.action !== 'delete') throw new Error('Erasing from backups goes only with a delete, so nothing was saved.');
  if (map.stakeholders.some((s) => erase.stakeholderIds.includes(s.id))) {
    throw new Error('A stakeholder to erase from the backups is still on the map, so nothing was saved.');
  }
}
