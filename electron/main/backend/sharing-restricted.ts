// "Share this person with…" and "Join a restricted record…": the window's way into restricted
// records (sync/restricted-record.ts). A confidential person of the open shared map goes into a
// record of their own, under a new key, in a relay database beside the coalition's (same server or
// shared folder, its own name), and the named organizer gets an invite to it; the organizer who
// joins sees its people as confidential people. The open map's sync is then opened again, so the
// record syncs alongside the shared map from the next round on.
//
// Who may read the database: at a shared-folder relay nobody has to set anything up (the record's
// folder holds only changes sealed under its key). At CouchDB only an admin can create a database
// and set who may read it (`_security`); the organizer's account tries to create it, and the
// invite then says in words what the relay's admin must do. The app never asks for an admin's
// password here.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { inviteFromWords, inviteToWords } from '../../../shared/sharing/invite';
import type { RestrictedInvite } from '../../../shared/sharing/sharing-contract';
import { isPlaceholder } from '../../../shared/sync/placeholders';
import { besideRelay } from '../sync/relay-beside';
import { RestrictedRecord, restrictedSyncFilePath } from '../sync/restricted-record';
import { readSharingFile, writeSharingFile, type RelaySettings, type RestrictedSettings, type SharingSettings } from '../sync/sharing-file';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import { SharedMapSync } from './sharing-engine';
import { failureKind, joinAddress, relayFor, shownAddress } from './sharing-relay';

/** A database (or subfolder) named `name` beside the coalition's own at the same relay, with the same account. */
export function besideCoalition(relay: RelaySettings, name: string): RelaySettings {
  return besideRelay(relay, name);
}

/** The restricted record's relay as the invited organizer types it; at CouchDB their map's account is used when the address names none. */
export function restrictedJoinAddress(typed: string, main: RelaySettings): RelaySettings {
  const relay = joinAddress(typed);
  if (relay.kind !== 'couch' || relay.user !== undefined || main.kind !== 'couch' || new URL(relay.url).origin !== new URL(main.url).origin) return relay;
  return { ...relay, ...(main.user === undefined ? {} : { user: main.user }), ...(main.password === undefined ? {} : { password: main.password }) };
}

/** What the relay's admin must do before `name` can sync, in words; null at a shared folder. */
export function setupWords(relay: RelaySettings, name: string, created: string | null): string | null {
  if (relay.kind === 'folder') return null;
  const database = new URL(relay.url).pathname.split('/').pop() ?? relay.url;
  const make = created === null ? '' : `create the database “${database}” (your relay account could not: ${created}) and `;
  return (
    `Before ${name} can use this invite, ask whoever runs the relay to ${make}let only your account${relay.user === undefined ? '' : ` (${relay.user})`} and ${name}’s ` +
    `into “${database}”: in CouchDB, its _security members. Until then anyone with an account at the relay could fetch its sealed changes (never read them: only this invite opens them)` +
    `${created === null ? '' : ', and this record waits on this computer'}.`
  );
}

/** Puts confidential person `personId` into a new restricted record (or returns another invite to the record that holds them). */
export async function shareRestrictedPerson(
  session: MapSession,
  sync: SharedMapSync,
  request: { readonly person: string; readonly name: string },
  audit: SyncAudit,
): Promise<{ sync: SharedMapSync; invite: RestrictedInvite }> {
  const store = session.requireOpen('nobody was invited');
  const person = store.map.stakeholders.find((s) => s.id === request.person);
  if (person === undefined) throw new Error('That person is not in this map (perhaps deleted). Nobody was invited.');
  if (isPlaceholder(person)) throw new Error('This is a placeholder for a person another organizer holds; only they can share that person. Nobody was invited.');
  if (person.confidential !== true) throw new Error('Only a confidential person goes into a restricted record: mark them confidential first. Nobody was invited.');
  const name = request.name.trim();
  const held = sync.restrictedRecords.holding(person.id);
  if (held !== undefined) {
    return { sync, invite: { words: held.invite(name), relay: shownAddress(held.settings.relay), name, setup: setupWords(held.settings.relay, name, null) } };
  }
  const relay = besideCoalition(sync.config.relay, `restricted-${randomBytes(16).toString('hex')}`);
  let refused: string | null = null;
  try {
    await relayFor(relay).create?.();
  } catch (error) {
    refused = failureKind(error).reason;
  }
  await sync.idle();
  const entry = await createRecord(session, sync.config, { label: `Shared with ${name}`, relay, ids: [person.id] }, store.map, refused !== null);
  const next = await SharedMapSync.open(sync.mapPath, entry.settings, store.map, audit);
  await audit('sync-restricted-share', 1);
  return { sync: next, invite: { words: entry.words(name), relay: shownAddress(relay), name, setup: setupWords(relay, name, refused) } };
}

/**
 * Creates the record; when its database could not be created, the record is kept on this computer
 * (its settings and sealed changes saved before the first sync) and syncs once the admin made it.
 */
async function createRecord(
  session: MapSession,
  config: SharingSettings,
  request: { readonly label: string; readonly relay: RelaySettings; readonly ids: readonly string[] },
  map: Parameters<typeof RestrictedRecord.create>[4],
  mayWait: boolean,
): Promise<{ settings: SharingSettings; words: (name: string) => string }> {
  try {
    const { record, settings } = await RestrictedRecord.create(session.requireOpen().path, config, session.codec, request, map);
    return { settings, words: (n) => record.invite(n) };
  } catch (error) {
    const settings = await readSharingFile(session.requireOpen().path, session.codec);
    const saved = (settings.restricted ?? []).find((r) => r.relay.kind === request.relay.kind && shownAddress(r.relay) === shownAddress(request.relay));
    if (!mayWait || saved === undefined) throw new Error(`The restricted record could not be set up at ${shownAddress(request.relay)}: ${failureKind(error).reason}. Nobody was invited.`, { cause: error });
    return { settings, words: (n) => wordsOf(saved, n) };
  }
}

function wordsOf(entry: RestrictedSettings, name: string): string {
  return inviteToWords({ coalitionId: entry.id, key: Buffer.from(entry.key, 'base64'), name });
}

class NothingOpened extends Error {}

/** The joined record's name on this device: "Shared with you", numbered when there are several. */
function joinedLabel(config: SharingSettings): string {
  const count = (config.restricted ?? []).filter((r) => r.label.startsWith('Shared with you')).length;
  return count === 0 ? 'Shared with you' : `Shared with you (${count + 1})`;
}

/** Joins the restricted record an invite names; the open shared map's sync then brings its people in. */
export async function joinRestrictedRecord(session: MapSession, sync: SharedMapSync, request: { readonly invite: string; readonly relay: string }, audit: SyncAudit): Promise<SharedMapSync> {
  const invite = inviteFromWords(request.invite);
  if (invite.coalitionId === sync.config.coalitionId) throw new Error('This is an invite to the shared map itself, not to a restricted record. Nothing was changed.');
  if ((sync.config.restricted ?? []).some((r) => r.id === invite.coalitionId)) throw new Error('You are already a member of this restricted record. Nothing was changed.');
  const relay = restrictedJoinAddress(request.relay, sync.config.relay);
  await sync.idle();
  const store = session.requireOpen('nothing was joined');
  let settings: SharingSettings;
  try {
    const joined = await RestrictedRecord.join(store.path, sync.config, session.codec, { words: request.invite, label: joinedLabel(sync.config), relay });
    if (joined.record.people().size === 0) throw new NothingOpened(`This invite opens nothing at ${shownAddress(relay)} (an invite to another record, a mistyped word, or another address)`);
    settings = joined.settings;
  } catch (error) {
    // Fails closed and clean: the map's settings as they were, no sync file for a record not joined.
    await writeSharingFile(store.path, sync.config, session.codec);
    await rm(restrictedSyncFilePath(store.path, invite.coalitionId), { force: true });
    const reason = error instanceof NothingOpened ? error.message : `Could not join the restricted record at ${shownAddress(relay)}: ${failureKind(error).reason}`;
    throw new Error(`${reason}. Nothing was changed.`, { cause: error });
  }
  const next = await SharedMapSync.open(store.path, settings, store.map, audit);
  await audit('sync-restricted-join', 1);
  return next;
}
