// The commands on one restricted record this organizer is a member of, whoever started it:
// "Add a person…" (another of their own confidential people goes in; every member sees them after
// their next sync), "Invite an organizer…" (another invite to the same record, same key), and
// "Leave this record" (this device stops syncing it, forgets its key and its sealed changes, and
// the people it held only through the record leave this map, backups included).
//
// Why leaving does not change the record's key for the others. An organizer who leaves is the one
// forgetting: this device deletes the key and every sealed change of the record, and a new key the
// leaver made would be one the leaver knows. When someone must be shut out of a record (their
// device lost, or not trusted), a member who stays removes them ("Remove…",
// sharing-restricted-remove.ts): the record moves to a new key handed to the others alone. At a
// CouchDB relay the admin also takes the leaver's account out of the record's database (said in
// words before the organizer confirms).
import type { OpenedMap } from '../../../shared/ipc';
import { removeStakeholder } from '../../../shared/edits';
import type { RestrictedInvite } from '../../../shared/sharing/sharing-contract';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { purgeFromBackupsWarning } from '../store/purge-from-backups';
import type { RestrictedRecord } from '../sync/restricted-record';
import { writeSharingFile } from '../sync/sharing-file';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import { SharedMapSync } from './sharing-engine';
import { shownAddress } from './sharing-relay';
import { setupWords } from './sharing-restricted';
import { writeFailure } from './write-failure';

function recordOf(sync: SharedMapSync, id: string, nothing: string): RestrictedRecord {
  const record = sync.restrictedRecords.byId(id);
  if (record === undefined) throw new Error(`You are not a member of that restricted record (perhaps you left it). ${nothing}`);
  return record;
}

/** The same, refused when a member moved the record to a new key without this organizer (only leaving is left). */
function liveRecordOf(sync: SharedMapSync, id: string, nothing: string): RestrictedRecord {
  const record = recordOf(sync, id, nothing);
  const by = sync.restrictedRecords.moves.removedBy(record);
  if (by !== null) throw new Error(`${by} removed you from “${record.settings.label}”: you can only leave it. ${nothing}`);
  return record;
}

/** Puts another of this organizer's confidential people into a record they are a member of. */
export async function addRestrictedPerson(session: MapSession, sync: SharedMapSync, request: { readonly record: string; readonly person: string }, audit: SyncAudit): Promise<void> {
  const store = session.requireOpen('nobody was added');
  const record = liveRecordOf(sync, request.record, 'Nobody was added.');
  const person = store.map.stakeholders.find((s) => s.id === request.person);
  if (person === undefined) throw new Error('That person is not in this map (perhaps deleted). Nobody was added.');
  if (isPlaceholder(person)) throw new Error('This is a placeholder for a person another organizer holds; only they can share that person. Nobody was added.');
  if (person.confidential !== true) throw new Error('Only a confidential person goes into a restricted record: mark them confidential first. Nobody was added.');
  const held = sync.restrictedRecords.holding(person.id);
  if (held !== undefined) throw new Error(`${person.name} is already in the restricted record “${held.settings.label}”. Nobody was added.`);
  await sync.inRestricted(store.map, (records) => records.add(record, person.id, store.map));
  await sync.syncNow();
  await audit('sync-restricted-add', 1);
}

/** Another invite to a record this organizer is a member of, for the named organizer. */
export function inviteToRestrictedRecord(sync: SharedMapSync, request: { readonly record: string; readonly name: string }): RestrictedInvite {
  const record = liveRecordOf(sync, request.record, 'Nobody was invited.');
  const name = request.name.trim();
  return { words: record.invite(name), relay: shownAddress(record.settings.relay), name, setup: setupWords(record.settings.relay, name, null) };
}

/**
 * Leaves a record. In this order, each step saved before the next: the others are told (the
 * leaver leaves the record's member list) and what waits is sent, if the relay answers; the
 * record's settings (its key) leave `<map>.sharing`, so nothing syncs it again; its sealed changes
 * are deleted; the open map's
 * sync is opened without it; then the map is saved without the people held only through it (a
 * crash before that leaves them on this map as confidential people, never shared), and they are
 * taken out of the map's backups.
 */
export async function leaveRestrictedRecord(session: MapSession, sync: SharedMapSync, request: { readonly record: string }, audit: SyncAudit): Promise<{ sync: SharedMapSync; opened: OpenedMap }> {
  const store = session.requireOpen('nothing was left');
  const record = recordOf(sync, request.record, 'Nothing was changed.');
  const { gone, sent } = await sync.inRestricted(store.map, async (records) => {
    const leaving = { gone: records.leaving(record), sent: await record.sayLeaving() };
    // From here no edit saved meanwhile reaches the record through this (old) sync.
    records.drop(record);
    return leaving;
  });
  const config = { ...sync.config, restricted: (sync.config.restricted ?? []).filter((r) => r.id !== record.settings.id) };
  await writeSharingFile(store.path, config, session.codec);
  await record.forget();
  const present = gone.filter((id) => store.map.stakeholders.some((s) => s.id === id));
  const map = present.reduce(removeStakeholder, store.map);
  const next = await SharedMapSync.open(store.path, config, map, audit);
  if (present.length > 0) {
    try {
      await store.save(map);
    } catch (error) {
      throw writeFailure(error, 'Saving the map without the record’s people');
    }
  }
  const location = { backupDir: session.backupDir, codec: session.codec };
  const warnings = present.length === 0 ? [] : await purgeFromBackupsWarning(store.path, { mode: 'remove-stakeholders', affectedIds: present }, location);
  await audit('sync-restricted-leave', present.length);
  const said = `You left “${record.settings.label}”: ${present.length} ${present.length === 1 ? 'person' : 'people'} held only through it left this map.`;
  const notices = [
    { level: 'info' as const, message: said },
    ...(sent ? [] : [{ level: 'warning' as const, message: 'The relay could not be reached, so your last changes to its people did not reach the others.' }]),
    ...warnings.map((message) => ({ level: 'warning' as const, message })),
  ];
  return { sync: next, opened: session.opened(store, notices) };
}
