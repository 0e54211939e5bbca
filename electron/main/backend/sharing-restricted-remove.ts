// "Remove from this record…": a member of a restricted record removes another organizer from it. The
// record moves to a new key and a new database beside the old one (sync/restricted-rotation.ts); the
// members who stay get the new key through the relay, wrapped for each of them alone, and move when
// their app next syncs (also those offline now, when they come back). The removed organizer's old key
// opens nothing written afterwards. What removal cannot do: take back what the removed organizer
// already saw (their app is asked to delete it, and cannot be made to), nor, at CouchDB, keep their
// account out of the new database unless the relay's admin sets its `_security` (said in words).
// Fails closed: until the new key is handed over, the record stays on its old key with nothing lost.
import type { RestrictedRemoval } from '../../../shared/sharing/sharing-contract';
import type { RelaySettings } from '../sync/sharing-file';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import type { SharedMapSync } from './sharing-engine';
import { failureKind, relayFor, shownAddress } from './sharing-relay';

/** What the relay's admin must still do for the old and new databases, in words; null at a shared folder. */
function adminWords(old: RelaySettings, relay: RelaySettings, removed: string): string | null {
  if (relay.kind === 'folder' || old.kind === 'folder') return null;
  const name = (r: { readonly url: string }) => new URL(r.url).pathname.split('/').pop() ?? r.url;
  return (
    `Ask whoever runs the relay to let only the remaining members’ accounts into “${name(relay)}” (in CouchDB, its _security members) and to take ${removed}’s account out of “${name(old)}” now. ` +
    `Until then ${removed} could fetch the new record’s sealed changes (never read them), and could still change what the old database tells the members who are offline.`
  );
}

export async function removeFromRestrictedRecord(session: MapSession, sync: SharedMapSync, request: { readonly record: string; readonly member: string }, audit: SyncAudit): Promise<RestrictedRemoval> {
  const store = session.requireOpen('nobody was removed');
  const record = sync.restrictedRecords.byId(request.record);
  if (record === undefined) throw new Error('You are not a member of that restricted record (perhaps you left it). Nobody was removed.');
  const by = sync.restrictedRecords.moves.removedBy(record);
  if (by !== null) throw new Error(`${by} removed you from “${record.settings.label}”: you can only leave it. Nobody was removed.`);
  if (request.member === sync.config.actor) throw new Error('You cannot remove yourself: use “Leave…” instead. Nobody was removed.');
  const member = record.organizers().find((o) => o.id === request.member);
  if (member === undefined) throw new Error('That organizer is not a member of this record (perhaps already removed). Nobody was removed.');
  const hooks = sync.recordHooks();
  const persist = hooks.persist;
  if (persist === null) throw new Error('This map’s sharing settings cannot be saved right now. Nobody was removed.');
  const { label, relay: oldRelay } = record.settings;
  let moved;
  try {
    moved = await sync.inRestricted(store.map, (records) =>
      records.moves.removeMember(record, member.id, { ...hooks, persist }, async (relay) => {
        await relayFor(relay).create?.();
      }),
    );
  } catch (error) {
    const reason = failureKind(error).reason;
    if (/Nothing was changed\.$|its next sync\.$/.test(reason)) throw new Error(reason, { cause: error });
    throw new Error(`${member.name} could not be removed from “${label}”: ${reason.replace(/\.$/, '')}. The record stays on its key as it was; nothing was changed.`, { cause: error });
  }
  await audit('sync-restricted-remove', 1);
  return { removed: member.name, relay: shownAddress(moved.settings.relay), setup: adminWords(oldRelay, moved.settings.relay, member.name) };
}
