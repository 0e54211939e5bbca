// "Remove a member…" and "Start a clean copy…" (the organizer who moves the shared map) and
// "Follow to the new copy…" (each organizer who stays). Both moves end the same way: a new
// coalition key, a new database beside the old one at the same relay, the map's `.sharing` file
// and sync file replaced, and the open map's sync switched to the new copy.
//
// The handover, and why it is an invite: members share one coalition key for reading (their own
// keys only sign), so anything sealed into the old database can be read by the removed organizer too.
// The old database is therefore deleted and left holding only a "moved" note that names no key
// and no address (relay-note.ts): every app that reads it stops sending there and says the map
// moved (or, to the removed organizer, that they were removed). The new key reaches each
// remaining organizer only in a handover invite, shown like the first invite (words and QR code)
// and given in person or on a call. The removed organizer never gets one, and their old key opens
// nothing in the new database. The new copy is a signed map anchored at the mover's key, and each
// handover invite carries an invitation for its organizer (sharing-move-signing.ts).
import { rename, rm } from 'node:fs/promises';
import { inviteFromWords } from '../../../shared/sharing/invite';
import type { SharedMove } from '../../../shared/sharing/sharing-contract';
import type { SetOp } from '../../../shared/sync/change';
import { relayFor as fullRelayFor, signingOf, syncFilePath, writeSharingFile, type RelaySettings, type SharingSettings } from '../sync/sharing-file';
import { coalitionSealer, newCoalitionKey } from '../sync/seal';
import { noteKeyOf } from '../sync/note-key';
import { besideRelay } from '../sync/relay-beside';
import { holdsOnlyNotes, writeNote } from '../sync/relay-note';
import type { MapSession } from './map-session';
import type { SyncAudit } from './sharing-audit';
import { FollowRefused, movingSyncPath, type Home } from './sharing-copy';
import { SharedMapSync } from './sharing-engine';
import { failureKind, relayFor, shownAddress } from './sharing-relay';
import { anchoredCopy, followerSigning, handoverInvitations } from './sharing-move-signing';

/** The database (or subfolder) of coalition `coalitionId` beside the one `relay` names: same server, same account. */
export function siblingAddress(relay: RelaySettings, coalitionId: string): RelaySettings {
  return besideRelay(relay, `coalition-${coalitionId}`);
}

function homeFor(mapPath: string, settings: SharingSettings, previous: string, admit: readonly SetOp[] = []): Home {
  const base = coalitionSealer(Buffer.from(settings.key, 'base64'), settings.coalitionId);
  const signing = signingOf(settings);
  return {
    settings,
    sealer: signing === undefined ? base : signing.wrap(base),
    ...(signing === undefined ? {} : { signing }),
    admit,
    relay: relayFor(settings.relay),
    stateFile: movingSyncPath(mapPath),
    previous,
  };
}

/**
 * The new copy takes the old one's place beside the map; the open map's sync follows it. Two files
 * change, each atomically: first the settings (the new key), then the new sync file replaces the
 * old one. A crash between the two leaves the new settings beside the old sync file and the new
 * one still apart; the next open finds the old file refused under the new key and finishes the
 * move (SharedMapSync.open). A crash before the first leaves the old copy as it was.
 */
async function settle(session: MapSession, sync: SharedMapSync, home: Home, audit: SyncAudit): Promise<SharedMapSync> {
  await writeSharingFile(sync.mapPath, home.settings, session.codec);
  await rename(home.stateFile, syncFilePath(sync.mapPath));
  return SharedMapSync.open(sync.mapPath, home.settings, session.requireOpen().map, audit);
}

/**
 * Moves the open shared map to a new key and database without the organizers in `removeMembers`
 * (none for a clean copy), deletes the old database and leaves the "moved" note there.
 * Returns a handover invite for each organizer who stays.
 */
export async function moveShared(session: MapSession, sync: SharedMapSync, removeMembers: readonly string[], audit: SyncAudit): Promise<{ sync: SharedMapSync; move: SharedMove }> {
  const old = sync.config;
  const { signing: _signing, ...rest } = old;
  const settings = anchoredCopy(old, (coalitionId) => ({ ...rest, coalitionId, key: newCoalitionKey().toString('base64'), relay: siblingAddress(old.relay, coalitionId) }));
  try {
    await relayFor(settings.relay).create?.();
  } catch (error) {
    throw new Error(`The new copy could not be set up at ${shownAddress(settings.relay)}: ${failureKind(error).reason}. Nothing was changed.`);
  }
  const stay = sync.organizers().filter((o) => !removeMembers.includes(o.id));
  const handover = handoverInvitations(settings, stay.filter((o) => o.id !== old.actor).map((o) => o.name));
  const home = homeFor(sync.mapPath, settings, old.coalitionId, handover.ops);
  await rm(home.stateFile, { force: true });
  try {
    await sync.startCopy(session.requireOpen().map, home, removeMembers);
  } catch (error) {
    await rm(home.stateFile, { force: true });
    throw new Error(`The new copy could not be written: ${failureKind(error).reason}. The map stays shared as it was.`);
  }
  const next = await settle(session, sync, home, audit);
  const warnings = await leaveMovedNote(old, removeMembers);
  await audit(removeMembers.length > 0 ? 'sync-member-removed' : 'sync-clean-copy', removeMembers.length > 0 ? removeMembers.length : stay.length);
  return { sync: next, move: { invites: handover.invites, warnings, relay: shownAddress(settings.relay) } };
}

/**
 * Deletes the old database and leaves only the "moved" note in it; what failed comes back in words.
 * The note is written first into the old database as it is, so apps that read it stop sending at
 * once; a change an app had already on its way when the database was made anew is wiped by doing
 * it again (a few times at most), so the old key ends up opening nothing but the note.
 */
async function leaveMovedNote(old: SharingSettings, removed: readonly string[]): Promise<string[]> {
  const note = { at: new Date().toISOString(), by: old.name, removed: [...removed] };
  // Signed by this organizer in a signed map, so the others' apps (which read only members' notes) follow it.
  const key = noteKeyOf(old);
  try {
    await writeNote(old.relay, 'moved', note, key);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await fullRelayFor(old.relay).destroy?.();
      if (old.relay.kind === 'couch') {
        await relayFor(old.relay).create?.();
        await writeNote(old.relay, 'moved', note, key);
      }
      if (await holdsOnlyNotes(old.relay)) return [];
    }
    throw new Error('changes kept arriving while it was deleted');
  } catch (error) {
    return [`The old copy at ${shownAddress(old.relay)} could not be deleted (${failureKind(error).reason}). Ask whoever runs the relay to delete it; the others' apps will not see that the map moved until they get their handover invite.`];
  }
}

/** This organizer follows to the new copy named by a handover invite's words. */
export async function followShared(session: MapSession, sync: SharedMapSync, words: string, audit: SyncAudit): Promise<SharedMapSync> {
  const invite = inviteFromWords(words);
  const old = sync.config;
  if (invite.coalitionId === old.coalitionId) throw new Error('This is an invite to the copy you already have, not a handover to a new one. Nothing was changed.');
  // A new copy is always signed: a handover invite carries the invitation that admits this organizer.
  if (invite.invitation === undefined) throw new FollowRefused('This invite carries no invitation to a new copy (an invite from before signed maps, or a first invite). Nothing was changed.');
  const { signing: _signing, ...rest } = old;
  const settings: SharingSettings = { ...rest, coalitionId: invite.coalitionId, key: Buffer.from(invite.key).toString('base64'), relay: siblingAddress(old.relay, invite.coalitionId), ...followerSigning(old, invite.invitation) };
  const home = homeFor(sync.mapPath, settings, old.coalitionId);
  await rm(home.stateFile, { force: true });
  try {
    await sync.follow(session.requireOpen().map, home);
  } catch (error) {
    await rm(home.stateFile, { force: true });
    if (error instanceof FollowRefused) throw error;
    throw new Error(`Could not follow to the new copy at ${shownAddress(settings.relay)}: ${failureKind(error).reason}. Nothing was changed; try again when it can be reached.`);
  }
  const next = await settle(session, sync, home, audit);
  await audit('sync-followed', next.organizers().length);
  return next;
}
