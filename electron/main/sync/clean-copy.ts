// Moving a shared map to a new home: a new coalition key and a new relay database. Two reasons:
// removing an organizer (whose copy of the old key must not read anything written afterwards), and
// erasing a person (whose name stays in every old change until the old history is gone). The
// organizer who starts it writes the current state as the first changes of the new home and hands
// the others a Handover (with the new key, out of band, as an invite); each of them moves by taking
// the new home's state and carrying over their own changes the copy had not seen.
import { carryOver, cleanCopyOps, type CleanCopyPlan, type Handover } from '../../../shared/sync/clean-copy';
import { RelayUnavailable } from './couch-relay';
import type { Relay } from './folder-relay';
import type { Sealer } from './seal';
import { SyncPeer } from './sync-peer';

export interface NewHome {
  readonly sealer: Sealer;
  readonly relay: Relay;
  /** This device's sync file for the new home (the old one is deleted once moved). */
  readonly stateFile: string;
}

export interface CleanCopy {
  readonly peer: SyncPeer;
  readonly handover: Handover;
}

/** Starts the new home from `old`'s current state (after one last sync when the relay answers). */
export async function startCleanCopy(old: SyncPeer, home: NewHome, plan: CleanCopyPlan): Promise<CleanCopy> {
  await syncIfReachable(old);
  const peer = await openEmpty(old, home);
  await peer.write(cleanCopyOps(old.state, plan));
  await peer.sync();
  const handover: Handover = { basis: old.state.vector(), erase: [...(plan.erase ?? [])] };
  await old.forget();
  return { peer, handover };
}

/** A remaining organizer moves: the new home's state, then their own changes it had not seen. */
export async function moveToCleanCopy(old: SyncPeer, home: NewHome, handover: Handover): Promise<SyncPeer> {
  const peer = await openEmpty(old, home);
  await peer.join();
  const mine = carryOver(old.state, old.actor, handover);
  if (mine.length > 0) await peer.write(mine);
  await peer.sync();
  await old.forget();
  return peer;
}

async function openEmpty(old: SyncPeer, home: NewHome): Promise<SyncPeer> {
  if (home.stateFile === old.stateFile) throw new Error('the new home needs its own sync file');
  const peer = await SyncPeer.open({ actor: old.actor, name: old.name, ...home });
  if (peer.status().changes > 0) throw new Error(`${home.stateFile} already holds a shared map`);
  return peer;
}

async function syncIfReachable(peer: SyncPeer): Promise<void> {
  try {
    await peer.sync();
  } catch (error) {
    if (!(error instanceof RelayUnavailable)) throw error;
  }
}
