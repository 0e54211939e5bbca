// Deleting a confidential stakeholder, or one with lived experience, can also erase them from the
// undo history: every undo and redo step is a whole earlier map, so each would still hold them.
// The honest way to make sure none does is to drop the whole history with the delete; the dialog
// says so. What stays out of the app's reach (backups until they rotate out, old disk blocks) is
// said plainly in ERASE_LIMITS.
import type { SaveAudit } from '../../../shared/ipc';
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

export const ERASE_EXPLAINED =
  'The whole undo history is cleared along with this delete, so no earlier step still holds them. You will not be able to undo this or any change before it.';

export const ERASE_LIMITS =
  'Backups of the map taken before now still hold them until those backups rotate out. On an SSD, the disk itself may keep old copies of the file in blocks the app cannot reach; full-disk encryption protects those.';

/** What the audit log records for a deletion: a count, never the name. */
export const DELETE_AUDIT: SaveAudit = { action: 'delete', recordCount: 1, fieldNames: [] };

/** Notices that name the erased person go too (an earlier "Saved the changes to …"). */
export function noticesWithout(notices: readonly NoticeItem[], name: string): NoticeItem[] {
  const needle = name.trim().toLowerCase();
  if (needle === '') return [...notices];
  return notices.filter((n) => !n.message.toLowerCase().includes(needle));
}
