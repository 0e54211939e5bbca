// Removing an organizer, through a real CouchDB-compatible relay on loopback with an account per
// organizer: the coalition moves to a new key and a new database; the removed organizer's account
// cannot read the new database, their old key opens nothing written there, and the organizers who
// stay converge with their offline edits carried over. Check 10 of the sync design.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveToCleanCopy, startCleanCopy } from '../../../electron/main/sync/clean-copy';
import { couchRelay, RelayUnavailable } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey, SyncRefusal } from '../../../electron/main/sync/seal';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { MEMBER_TABLE } from '../../../shared/sync/change';
import type { MapLike } from '../../../shared/sync/map-ops';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { allDocs, createDatabaseFor, passwordOf, withAccounts } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const COALITION = 'harlow-bend';

function edit(map: MapLike, index: number, change: Partial<Stakeholder>): MapLike {
  const people = map.stakeholders as Stakeholder[];
  const id = people[index]?.id;
  return { ...map, stakeholders: people.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function roleOf(peer: SyncPeer, index: number): string | undefined {
  return (peer.map(HEADER).stakeholders as Stakeholder[])[index]?.role;
}

describe('removing an organizer', () => {
  it('rotates the key, moves the others to a new database, and shuts the removed one out', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const server = await startRelay(dir);
    await withAccounts(server, ['ana', 'ben', 'carol']);
    await createDatabaseFor(server, 'coalition-1', ['ana', 'ben', 'carol']);
    const oldKey = newCoalitionKey();
    const relayAs = (user: string, db: string) => couchRelay({ url: `${server.url}/${db}`, user, password: passwordOf(user) });
    const open = (user: string, db: string, key: Buffer, file: string) =>
      SyncPeer.open({ actor: `actor-${user}-0001`, name: user[0]?.toUpperCase() + user.slice(1), sealer: coalitionSealer(key, COALITION), relay: relayAs(user, db), stateFile: join(dir, file) });

    const ana = await open('ana', 'coalition-1', oldKey, 'ana-1.json');
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await ana.sync();
    const ben = await open('ben', 'coalition-1', oldKey, 'ben-1.json');
    const carol = await open('carol', 'coalition-1', oldKey, 'carol-1.json');
    await ben.join();
    await carol.join();
    await ana.sync();
    expect(ana.state.recordsOf(MEMBER_TABLE).map((m) => m.id).sort()).toEqual(['actor-ana-0001', 'actor-ben-0001', 'actor-carol-0001']);

    // Ben edits offline, unseen by Ana when she removes Carol: his edit must not be lost by the move.
    const start = ben.map(HEADER);
    await ben.record(start, edit(start, 1, { role: 'Offline edit by Ben' }));

    const newKey = newCoalitionKey();
    await createDatabaseFor(server, 'coalition-2', ['ana', 'ben']);
    const copy = await startCleanCopy(ana, { sealer: coalitionSealer(newKey, COALITION), relay: relayAs('ana', 'coalition-2'), stateFile: join(dir, 'ana-2.json') }, { removeMembers: ['actor-carol-0001'] });
    const ben2 = await moveToCleanCopy(ben, { sealer: coalitionSealer(newKey, COALITION), relay: relayAs('ben', 'coalition-2'), stateFile: join(dir, 'ben-2.json') }, copy.handover);
    const ana2 = copy.peer;
    const now = ana2.map(HEADER);
    await ana2.record(now, edit(now, 2, { role: 'Written after the removal' }));
    await ana2.sync();
    await ben2.sync();

    expect(mapDocumentSchema.parse(ben2.map(HEADER))).toEqual(mapDocumentSchema.parse(ana2.map(HEADER)));
    expect(roleOf(ana2, 1)).toBe('Offline edit by Ben');
    expect(roleOf(ben2, 2)).toBe('Written after the removal');
    expect(ana2.state.recordsOf(MEMBER_TABLE).map((m) => m.id).sort()).toEqual(['actor-ana-0001', 'actor-ben-0001']);

    // Carol keeps her old key and her account, and tries everything she can.
    const written = await allDocs(server, 'coalition-2');
    expect(written.length).toBeGreaterThan(0);
    const carolsOldSealer = coalitionSealer(oldKey, COALITION);
    for (const doc of written) expect(() => carolsOldSealer.open(doc)).toThrow(SyncRefusal);
    await expect(relayAs('carol', 'coalition-2').pull(new Set())).rejects.toThrow(RelayUnavailable);
    await expect(relayAs('carol', 'coalition-2').pull(new Set())).rejects.toThrow(/401/);
    const carolInNewDb = await SyncPeer.open({ actor: 'actor-carol-0001', name: 'Carol', sealer: carolsOldSealer, relay: relayAs('carol', 'coalition-2'), stateFile: join(dir, 'carol-2.json') });
    await expect(carolInNewDb.sync()).rejects.toThrow(/401/);

    // The old database is deleted once everyone moved; the old sync files are gone too.
    await couchRelay({ url: `${server.url}/coalition-1`, user: 'relay-admin', password: 'relay-admin-secret' }).destroy();
    expect((await fetch(`${server.url}/coalition-1`)).status).toBe(404);
    expect(ana.status().changes).toBe(0);
  });
});
