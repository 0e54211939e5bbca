// Compaction across app versions (checks 11 and 13 of the sync design): a newer app may one day
// write snapshots in a layout this app cannot read, and purge the changes they cover. This app,
// meeting such a snapshot on the relay (it opens under the key, so it is authentic), must not call
// it tampered with and carry on as if nothing were missing: when it may cover changes this device
// lacks, the shared map goes read-only with the "update the app" message; when it covers nothing
// new, sync carries on. A snapshot sealed under another key is still refused. Real folder relay.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderRelay } from '../../../electron/main/sync/folder-relay';
import { verifiedSnapshots } from '../../../electron/main/sync/compaction';
import { coalitionSealer, newCoalitionKey, newSealedId, type Sealer } from '../../../electron/main/sync/seal';
import { partId } from '../../../electron/main/sync/snapshot-seal';
import { NewerFormat, SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { ReplicaState } from '../../../shared/sync/replica';
import { encodeSnapshot, SNAPSHOT_VERSION } from '../../../shared/sync/snapshot';
import { SYNC_FORMAT } from '../../../shared/sync/change';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { anaSharesBenJoins, editPerson, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

/** What a future app might write: the next layout (one part), sealed under `sealer` as this app seals parts. */
function newerSnapshot(sealer: Sealer, state: ReplicaState): { sid: string; parts: { id: string; ct: string }[] } {
  const sid = newSealedId();
  const value = { ...encodeSnapshot(sid, state), version: SNAPSHOT_VERSION + 1, records: 'packed differently' };
  const id = partId(sid, 0, 1);
  const sealBlob = sealer.sealBlob;
  if (sealBlob === undefined) throw new Error('sealer cannot seal blobs');
  return { sid, parts: [{ id, ct: sealBlob(`snapshot/${id}`, Buffer.from(JSON.stringify(value), 'utf8')) }] };
}

describe('a snapshot in a layout only a newer app reads', () => {
  it('leaves this app read-only with the update message when it covers changes purged from the relay, and refuses one under another key', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const relayFolder = join(dir, 'relay');
    const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
    const open = (name: string) => SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: folderRelay(relayFolder), stateFile: join(dir, `${name}.sync.json`) });
    const { ana, ben } = await anaSharesBenJoins(open);
    await ana.sync();

    // A snapshot of the newer layout covering nothing Ben lacks: he carries on.
    const store = folderRelay(relayFolder).snapshots;
    if (store === undefined) throw new Error('no snapshot store');
    await store.write(newerSnapshot(sealer, ana.state.exportState()).parts);
    await ben.sync();
    expect(ben.status().newerFormat).toBeNull();

    // Ana's newer app edits, writes the newer layout covering it, and purges the change.
    await editPerson(ana, 1, 'role', 'Written by a newer app');
    await ana.sync();
    const edited = (await folderRelay(relayFolder).pull(new Set())).filter((s) => sealer.open(s).actor === ana.actor && sealer.open(s).seq === ana.state.vector()[ana.actor]);
    expect(edited).toHaveLength(1);
    const covering = newerSnapshot(sealer, ana.state.exportState());
    await store.write(covering.parts);
    await store.remove(edited.map((s) => s.id));
    // And one sealed under another key, which is no newer app's work.
    const foreign = newerSnapshot(coalitionSealer(newCoalitionKey(), 'harlow-bend'), ana.state.exportState());
    await store.write(foreign.parts);
    const seen = await verifiedSnapshots(store, sealer, new Map());
    expect(seen.refused).toEqual([foreign.sid]);
    expect(seen.verified).toEqual([]);
    expect(seen.newer.map((n) => n.sid)).toContain(covering.sid);
    const before = mapDocumentSchema.parse(ben.map(HEADER));

    await ben.sync();

    expect(ben.status().newerFormat).toBe(SYNC_FORMAT + 1);
    expect(mapDocumentSchema.parse(ben.map(HEADER))).toEqual(before);
    await expect(editPerson(ben, 2, 'role', 'refused')).rejects.toThrow(NewerFormat);
    await expect(editPerson(ben, 2, 'role', 'refused')).rejects.toThrow(/update the app/);
  });
});
