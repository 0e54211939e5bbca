// A large snapshot stays within CouchDB's document limit (max_document_size, 8,000,000 bytes by
// default): a shared map of 12,000 stakeholders with long notes, about 14 MB of snapshot, is sealed in
// parts of at most 3 MB of JSON each, every part goes to a real pouchdb-server on loopback, and
// what a member reads back opens into exactly the same state.
import { describe, expect, it } from 'vitest';
import { verifiedSnapshots } from '../../../electron/main/sync/compaction';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { sealSnapshot } from '../../../electron/main/sync/snapshot-seal';
import type { SetOp } from '../../../shared/sync/change';
import { SharedReplica } from '../../../shared/sync/replica';
import { encodeSnapshot } from '../../../shared/sync/snapshot';
import { useTempDirs } from '../store/helpers/temp-dir';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const COUCH_DOCUMENT_LIMIT = 8_000_000;

describe('a large snapshot', () => {
  it('is sealed in parts, each far under CouchDB\'s 8 MB document limit, and reads back as the same state', { timeout: 120_000 }, async () => {
    const replica = new SharedReplica();
    const ops: SetOp[] = [];
    for (let i = 0; i < 12_000; i++) {
      ops.push({ table: 'stakeholders', id: `s${i}`, field: 'name', value: `Person ${i}` });
      ops.push({ table: 'stakeholders', id: `s${i}`, field: 'notes', value: `note ${i} `.repeat(100) });
    }
    for (let start = 0; start < ops.length; start += 5_000) replica.commit('actor-ana-0001', ops.slice(start, start + 5_000), 'at');
    const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');

    const { sid, parts } = sealSnapshot(sealer, replica.exportState());

    const json = JSON.stringify(encodeSnapshot(sid, replica.exportState())).length;
    expect(json).toBeGreaterThan(COUCH_DOCUMENT_LIMIT);
    expect(parts.length).toBe(Math.ceil(json / 3_000_000));
    for (const part of parts) expect(Buffer.byteLength(JSON.stringify({ _id: part.id, ct: part.ct }))).toBeLessThan(COUCH_DOCUMENT_LIMIT / 1.9);

    const dir = await tempDir();
    const server = await startRelay(dir);
    const relay = couchRelay({ url: `${server.url}/harlow-bend` });
    await relay.create();
    await relay.snapshots?.write(parts);
    const store = couchRelay({ url: `${server.url}/harlow-bend` }).snapshots;
    if (store === undefined) throw new Error('no snapshot store');
    const { verified, refused } = await verifiedSnapshots(store, sealer, new Map());
    expect(refused).toEqual([]);
    expect(verified.map((s) => s.sid)).toEqual([sid]);
    expect(encodeSnapshot(sid, verified[0]?.state ?? replica.exportState())).toEqual(encodeSnapshot(sid, replica.exportState()));
  });
});
