// Sync events in the audit log: a map shared, a shared map joined, changes refused (altered or
// sealed with another key), an organizer removed (the key rotated), a clean copy started, a move
// to the new copy followed. An entry holds the action and a count (organizers, or changes), never
// who: no organizer's name, no relay address, no coalition id, no record.
import { appendAudit, type AuditAction } from '../audit';
import type { MapSession } from './map-session';

export type SyncAuditAction = Extract<AuditAction, `sync-${string}`>;

/** Appends one sync event for the open map; returns the error instead of throwing (what happened did happen). */
export type SyncAudit = (action: SyncAuditAction, count: number) => Promise<unknown>;

export function syncAudit(session: MapSession): SyncAudit {
  return async (action, count) => {
    try {
      await appendAudit(session.dataDir, { action, recordCount: count, fieldNames: [], fileHash: null, source: 'window' }, session.auditOptions());
      return null;
    } catch (error) {
      return error;
    }
  };
}
