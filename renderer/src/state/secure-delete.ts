// Deleting a confidential stakeholder, or one with lived experience, can also erase them from the
// undo history and the map's backups: every undo and redo step is a whole earlier map, and so is
// every backup, so each would still hold them. The honest way to make sure none does is to drop the
// whole history with the delete and have the Node side rewrite the backups; the dialog says so.
// What stays out of the app's reach (old disk blocks, copies made elsewhere) is said in ERASE_LIMITS.
import type { SaveAudit, SaveErase } from '../../../shared/ipc';
import type { Stakeholder } from '../../../shared/model';
import type { NoticeItem } from './app-state';

/** Erasing is offered for the people whose presence on the map is itself sensitive. */
export function offersHistoryErase(s: Pick<Stakeholder, 'confidential' | 'livedExperience'>): boolean {
  return s.confidential || s.livedExperience;
}

/** On by default for confidential stakeholders; a choice for people with lived experience. */
export function erasesHistoryByDefault(s: Pick<Stakeholder, 'confidential'>): boolean {
  return s.confidential;
}

export const ERASE_OPTION = 'Also erase from undo history and backups';

export const ERASE_EXPLAINED =
  'The whole undo history is cleared along with this delete, so no earlier step still holds them, and every backup of this map is rewritten without them. Afterwards neither the map file nor its backups hold this person. You will not be able to undo this or any change before it.';

export const ERASE_LIMITS =
  'This is not a forensic erase: an SSD or a copy-on-write file system may still keep old copies of the files in blocks the app cannot reach (full-disk encryption protects those), and copies you saved or exported elsewhere are not changed.';

/** What the window says once the erase is done. */
export const ERASED_NOTICE =
  'Deleted the stakeholder, cleared the undo history and erased them from every backup of this map that could be read.';

/** What the audit log records for a deletion: a count, never the name. */
export const DELETE_AUDIT: SaveAudit = { action: 'delete', recordCount: 1, fieldNames: [] };

/** Asks the Node side to rewrite the map's backups without this stakeholder once the delete is saved. */
export function eraseFromBackups(stakeholderId: string): SaveErase {
  return { stakeholderIds: [stakeholderId] };
}

/** Notices that name the erased person go too (an earlier "Saved the changes to …"). */
export function noticesWithout(notices: readonly NoticeItem[], name: string): NoticeItem[] {
  const needle = name.trim().toLowerCase();
  if (needle === '') return [...notices];
  return notices.filter((n) => !n.message.toLowerCase().includes(needle));
}
