// Deleting a confidential stakeholder, or one with lived experience, can also erase them from the
// undo history and the map's backups: every undo and redo step is a whole earlier map, and so is
// every backup, so each would still hold them. The honest way to make sure none does is to drop the
// whole history with the delete and have the Node side rewrite the backups; the dialog says so.
// What stays out of the app's reach (old disk blocks, copies made elsewhere) is said in ERASE_LIMITS.
import { removeStakeholder } from '../../../../shared/edits';
import type { SaveAudit, SaveErase } from '../../../../shared/ipc';
import type { MapDocument, Stakeholder } from '../../../../shared/model';
import { findMentions, type FoundMention } from '../../../../shared/privacy/erase';
import { spellingsOf } from '../../../../shared/privacy/mentions';
import type { NoticeItem } from '../core/app-state';

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
  'The whole undo history is cleared along with this delete, so no earlier step still holds them, and every backup of this map is rewritten without them and without the mentions of their name listed below. You will not be able to undo this or any change before it.';

export const ERASE_LIMITS =
  'This is not a forensic erase: an SSD or a copy-on-write file system may still keep old copies of the files in blocks the app cannot reach (full-disk encryption protects those), and copies you saved or exported elsewhere are not changed.';

/** What the window says once the erase is done. */
export const ERASED_NOTICE =
  'Deleted the stakeholder, cleared the undo history and erased them and the chosen mentions of their name from every backup of this map that could be read.';

/** What the audit log records for a deletion: a count, never the name. */
export const DELETE_AUDIT: SaveAudit = { action: 'delete', recordCount: 1, fieldNames: [] };

/** Asks the Node side to rewrite the map's backups without this stakeholder and these spellings of them. */
export function eraseFromBackups(stakeholderId: string, spellings: readonly string[]): SaveErase {
  return { stakeholderIds: [stakeholderId], ...(spellings.length > 0 ? { spellings: [...spellings] } : {}) };
}

export interface ErasePlan {
  /** Spellings always scrubbed (the full name either way round, the email). */
  readonly certain: readonly string[];
  /** Where those occur in the rest of the map, for the dialog to list. */
  readonly certainFound: readonly FoundMention[];
  /** Spellings that may name someone else, each with where it occurs; only those that occur. */
  readonly uncertain: readonly { readonly spelling: string; readonly places: readonly string[] }[];
}

/** What an erase of `self` would scrub from the rest of the map, and what it cannot decide about. */
export function erasePlan(map: MapDocument, self: Stakeholder): ErasePlan {
  const spellings = spellingsOf(self);
  const found = findMentions(removeStakeholder(map, self.id), spellings);
  const bySpelling = new Map<string, string[]>();
  for (const m of found.uncertain) bySpelling.set(m.spelling, [...(bySpelling.get(m.spelling) ?? []), m.place]);
  return {
    certain: spellings.filter((s) => s.certain).map((s) => s.text),
    certainFound: found.certain,
    uncertain: [...bySpelling].map(([spelling, places]) => ({ spelling, places })),
  };
}

/** Notices that name the erased person go too (an earlier "Saved the changes to …"). */
export function noticesWithout(notices: readonly NoticeItem[], name: string): NoticeItem[] {
  const needle = name.trim().toLowerCase();
  if (needle === '') return [...notices];
  return notices.filter((n) => !n.message.toLowerCase().includes(needle));
}
