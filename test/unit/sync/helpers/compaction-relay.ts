// What the compaction tests read from a relay: how many documents it holds, and which changes it
// has lost, i.e. changes neither on the relay nor covered by a snapshot on it that opens and checks.
import { readdir } from 'node:fs/promises';
import { verifiedSnapshots } from '../../../../electron/main/sync/compaction';
import type { Relay } from '../../../../electron/main/sync/folder-relay';
import { SyncRefusal, type Sealer } from '../../../../electron/main/sync/seal';
import type { SyncPeer } from '../../../../electron/main/sync/sync-peer';
import type { Change } from '../../../../shared/sync/change';
import type { RelayServer } from './pouchdb-server';

/** Documents in a CouchDB database (deleted ones not counted), as CouchDB itself reports. */
export async function couchDocCount(server: RelayServer, db: string): Promise<number> {
  const info = (await (await fetch(`${server.url}/${db}`)).json()) as { doc_count: number };
  return info.doc_count;
}

export async function folderDocCount(folder: string): Promise<number> {
  return (await readdir(folder)).filter((n) => n.endsWith('.sealed') || n.endsWith('.part')).length;
}

/** "actor:seq" of every change in `changes` that the relay has neither kept nor covered by a verified snapshot. */
export async function lostChanges(relay: Relay, sealer: Sealer, changes: readonly Change[]): Promise<string[]> {
  const store = relay.snapshots;
  if (store === undefined) throw new Error('no snapshot store');
  const { verified } = await verifiedSnapshots(store, sealer, new Map());
  const onRelay = new Set<string>();
  for (const sealed of await relay.pull(new Set())) {
    try {
      const c = sealer.open(sealed);
      onRelay.add(`${c.actor}:${c.seq}`);
    } catch (error) {
      if (!(error instanceof SyncRefusal)) throw error;
    }
  }
  return changes
    .map((c) => `${c.actor}:${c.seq}`)
    .filter((dot, i) => {
      const c = changes[i] as Change;
      return !onRelay.has(dot) && !verified.some((s) => (s.covers[c.actor] ?? 0) >= c.seq);
    });
}

/** Every change the peers applied that they have also sent (what the relay must never lose). */
export function sentChanges(peers: readonly SyncPeer[]): Change[] {
  const seen = new Map<string, Change>();
  for (const peer of peers) {
    const waiting = peer.status().waitingToSend;
    const own = peer.state.changes().filter((c) => c.actor === peer.actor);
    const unsent = new Set(own.slice(own.length - waiting).map((c) => c.seq));
    for (const c of peer.state.changes()) if (!(c.actor === peer.actor && unsent.has(c.seq))) seen.set(`${c.actor}:${c.seq}`, c);
  }
  return [...seen.values()];
}
