// A retention purge reaches the backups as a secure delete does: every backup generation is
// rewritten with the purge applied (the purged stakeholders removed, or their notes cleared), and
// that includes the generation the purge's own save just took of the map as it was before. Call it
// only after the purged map was saved, while holding the map's lock.
import { purgeCopy, type PurgeMode } from '../../../shared/retention';
import type { BackupLocation } from './backups';
import { eraseWarnings, rewriteBackups } from './erase-from-backups';
import { errorCode } from './fs-port';

/** Applies the purge to every backup; never throws, returns what the user must hear. */
export async function purgeFromBackupsWarning(
  mapPath: string,
  purge: { readonly mode: PurgeMode; readonly affectedIds: readonly string[] },
  location: BackupLocation,
): Promise<string[]> {
  const what = purge.mode === 'clear-notes' ? 'the purged notes' : 'the purged stakeholders';
  try {
    const report = await rewriteBackups(mapPath, (copy) => purgeCopy(copy, purge.mode, purge.affectedIds), location);
    return eraseWarnings(report, what);
  } catch (error) {
    const why = errorCode(error) ?? 'an unexpected error';
    return [`The purge was saved, but applying it to the map's backups failed (${why}). Older backups may still hold ${what} until they rotate out.`];
  }
}
