// The two halves of moving a shared map to a new key and a new database, for the open map's
// engine (sharing-engine.ts). The organizer who removes someone or starts a clean copy writes the
// current state into the new database, then the handover note (sealed under the NEW key: what the
// copy covers, which records it leaves out, which map it continues). An organizer who follows
// reads that note with the key from their handover invite, checks it continues their own map,
// takes the copy and carries over their own unseen changes. Either way the new copy's sync file is
// written apart (`movingSyncPath`) and replaces the old one only afterwards (sharing-move.ts).
import { rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { carryOver, cleanCopyOps } from '../../../shared/sync/clean-copy';
import { MEMBER_TABLE, type SetOp } from '../../../shared/sync/change';
import { isRemoved } from '../../../shared/sync/replica';
import { RelayUnavailable } from '../sync/couch-relay';
import type { Relay } from '../sync/folder-relay';
import { noteKeyOf } from '../sync/note-key';
import { readNote, writeNote } from '../sync/relay-note';
import { coalitionSealer, SyncRefusal, type Sealer } from '../sync/seal';
import { signingOf, syncFilePath, type SharingSettings } from '../sync/sharing-file';
import type { ChangeSigning } from '../sync/signing-peer';
import { SyncPeer, type PeerOptions } from '../sync/sync-peer';
import { relayFor } from './sharing-relay';

export interface Home {
  /** The new copy's settings (key, coalition id, database), as the map's `.sharing` file will hold them. */
  readonly settings: SharingSettings;
  readonly sealer: Sealer;
  readonly relay: Relay;
  /** A sync file of its own until the move is done (then it takes the old one's place). */
  readonly stateFile: string;
  /** The coalition id of the copy being left. */
  readonly previous: string;
  /** The new copy's signing (always, for a copy this app makes; absent only for an unsigned follow). */
  readonly signing?: ChangeSigning;
  /** The mover's invitations for the organizers who stay, written into the new copy before its handover note. */
  readonly admit: readonly SetOp[];
}

/** A follow that cannot be: the invite is not for a new copy of this map. Nothing was changed. */
export class FollowRefused extends Error {}

/** Where a move writes the new copy's sync file until it takes the old one's place. */
export function movingSyncPath(mapPath: string): string {
  return join(dirname(mapPath), `.${basename(mapPath)}.moving.sync.json`);
}

export async function copyTo(old: SyncPeer, home: Home, removeMembers: readonly string[]): Promise<SyncPeer> {
  try {
    await old.sync();
  } catch (error) {
    // The copy starts from what this computer has; changes others sent meanwhile they carry over.
    if (!(error instanceof RelayUnavailable)) throw error;
  }
  // Records someone removed are left out for good, and nobody's carried-over edit brings them back.
  const erase = old.state.recordsOf('stakeholders').filter(isRemoved).map((r) => r.id);
  const peer = await emptyPeer(old, home);
  // In a signed copy each member writes only their own member record: the mover their name, key,
  // anchor and the invitations first; the others their own when they follow.
  const ops = cleanCopyOps(old.state, { erase, removeMembers });
  const signing = home.signing;
  await peer.write(signing === undefined ? ops : [...ops.filter((op) => op.table === MEMBER_TABLE && op.id === old.actor), ...signing.memberOps(old.actor), ...home.admit, ...ops.filter((op) => op.table !== MEMBER_TABLE)]);
  await peer.sync();
  await writeNote(home.settings.relay, 'handover', { previous: home.previous, basis: old.state.vector(), erase }, noteKeyOf(home.settings));
  return peer;
}

export async function followTo(old: SyncPeer, home: Home): Promise<SyncPeer> {
  const sealed = await readNote(home.settings.relay, 'handover', { key: Buffer.from(home.settings.key, 'base64'), coalitionId: home.settings.coalitionId });
  if (sealed === null) throw new FollowRefused('This invite does not open a new copy at the relay (an invite to another map, a copy not finished yet, or a mistyped word). Nothing was changed.');
  const peer = await emptyPeer(old, home);
  // The copy is taken in before anything is written to it: its member list decides whose handover note counts.
  await peer.sync();
  const note = home.signing === undefined ? sealed : await readNote(home.settings.relay, 'handover', noteKeyOf(home.settings, peer.state));
  if (note === null) throw new FollowRefused('The new copy’s handover note is not signed by one of its members (or the copy has not fully arrived at this relay yet: try again in a while). Nothing was changed.');
  if (note.previous !== home.previous) throw new FollowRefused('This invite is for a copy of another shared map, not of this one. Nothing was changed.');
  await peer.join();
  // This organizer's own member record is the one join just wrote for the new copy, not the old copy's.
  const mine = carryOver(old.state, old.actor, { basis: note.basis, erase: note.erase }).filter((op) => op.table !== MEMBER_TABLE);
  if (mine.length > 0) await peer.write(mine);
  await peer.sync();
  return peer;
}

async function emptyPeer(old: SyncPeer, home: Home): Promise<SyncPeer> {
  const peer = await SyncPeer.open({ actor: old.actor, name: old.name, sealer: home.sealer, relay: home.relay, stateFile: home.stateFile, ...(home.signing === undefined ? {} : { signing: home.signing }) });
  if (peer.status().changes > 0) throw new Error('A move to a new copy was cut short here before; the new copy’s file is in the way. Nothing was changed.');
  return peer;
}

/**
 * This device's side of the shared map. When the sync file does not open under the settings' key
 * and a move's new sync file waits apart and does, a move was cut short after its settings were
 * written (sharing-move.ts): the new file takes the old one's place now.
 */
export async function openPeer(mapPath: string, config: SharingSettings, part?: PeerOptions['part']): Promise<SyncPeer> {
  const base = coalitionSealer(Buffer.from(config.key, 'base64'), config.coalitionId);
  const signing = signingOf(config);
  const sealer = signing === undefined ? base : signing.wrap(base);
  const options = { actor: config.actor, name: config.name, sealer, relay: relayFor(config.relay), ...(part ? { part } : {}), ...(signing === undefined ? {} : { signing }) };
  try {
    return await SyncPeer.open({ ...options, stateFile: syncFilePath(mapPath) });
  } catch (error) {
    if (!(error instanceof SyncRefusal) || !(await exists(movingSyncPath(mapPath)))) throw error;
    await SyncPeer.open({ ...options, stateFile: movingSyncPath(mapPath) });
    await rename(movingSyncPath(mapPath), syncFilePath(mapPath));
    return SyncPeer.open({ ...options, stateFile: syncFilePath(mapPath) });
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
