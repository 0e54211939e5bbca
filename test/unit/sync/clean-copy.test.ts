// Erasure through a clean copy, on a real CouchDB-compatible relay on loopback. A person P shared
// earlier stays in every old change (history never shrinks), so "start a clean copy" moves the map
// to a new key and a new database without P; afterwards P's canary is in no byte of the relay and in
// no change of either organizer's sync file, even decrypted, and the old database is gone. The same
// decrypting scan finds P in the old history first (the positive control). Check 12 of the sync design.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveToCleanCopy, startCleanCopy } from '../../../electron/main/sync/clean-copy';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey, type Sealer } from '../../../electron/main/sync/seal';
import { readSyncFile } from '../../../electron/main/sync/sync-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import type { Stakeholder, Tie } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import type { MapLike } from '../../../shared/sync/map-ops';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryHits, filesUnder } from './helpers/canary-scan';
import { HEADER } from './helpers/organizers';
import { allDocs, type RelayServer } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const P = { id: 'person-p', name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c' };
const CANARIES = [P.name, P.email, P.phone, P.notes, P.id];

function people(map: MapLike): Stakeholder[] {
  return map.stakeholders as Stakeholder[];
}

/** Every change the relay database holds, opened with the key: what any member could read. */
async function openedDocs(server: RelayServer, db: string, sealer: Sealer): Promise<string> {
  return JSON.stringify((await allDocs(server, db, false)).map((doc) => sealer.open(doc)));
}

/** Every change a sync file holds, opened. */
async function openedSyncFile(path: string, sealer: Sealer): Promise<string> {
  const { file } = await readSyncFile(path);
  return JSON.stringify(file.known.map((s) => sealer.open(s)));
}

describe('start a clean copy', () => {
  it('leaves an erased person in no byte of the new database or of either sync file, and deletes the old database', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const server = await startRelay(dir);
    const oldSealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
    const open = (name: string, db: string, sealer: Sealer, file: string) =>
      SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: couchRelay({ url: `${server.url}/${db}` }), stateFile: join(dir, 'devices', file) });
    await couchRelay({ url: `${server.url}/old-copy` }).create();
    const ana = await open('Ana', 'old-copy', oldSealer, 'ana-old.json');
    const sample = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
    const first = sample.stakeholders[0];
    const tie = sample.ties[0];
    if (first === undefined || tie === undefined) throw new Error('empty sample');
    await ana.share({ ...sample, stakeholders: [...sample.stakeholders, { ...first, ...P, confidential: false }], ties: [...sample.ties, { ...tie, id: 'tie-to-p', source: P.id, target: first.id } satisfies Tie] });
    await ana.sync();
    const ben = await open('Ben', 'old-copy', oldSealer, 'ben-old.json');
    await ben.join();

    // Ben, offline, writes about P and about someone else; only the second may survive the move.
    const seen = ben.map(HEADER);
    const other = people(seen)[3];
    await ben.record(seen, { ...seen, stakeholders: people(seen).map((s) => (s.id === P.id ? { ...s, notes: `${P.notes} again` } : s.id === other?.id ? { ...s, role: 'Kept through the move' } : s)) });

    // The positive control: the decrypting scan finds P in the old history.
    expect(await openedDocs(server, 'old-copy', oldSealer)).toContain(P.name);
    expect(await openedSyncFile(join(dir, 'devices', 'ben-old.json'), oldSealer)).toContain(P.notes);

    const sharedBefore = people(ana.map(HEADER)).length;
    const newSealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
    await couchRelay({ url: `${server.url}/new-copy` }).create();
    const home = (file: string) => ({ sealer: newSealer, relay: couchRelay({ url: `${server.url}/new-copy` }), stateFile: join(dir, 'devices', file) });
    const copy = await startCleanCopy(ana, home('ana-new.json'), { erase: [P.id] });
    const ben2 = await moveToCleanCopy(ben, home('ben-new.json'), copy.handover);
    await copy.peer.sync();
    await couchRelay({ url: `${server.url}/old-copy` }).destroy();

    expect(mapDocumentSchema.parse(ben2.map(HEADER))).toEqual(mapDocumentSchema.parse(copy.peer.map(HEADER)));
    expect(people(ben2.map(HEADER)).find((s) => s.id === other?.id)?.role).toBe('Kept through the move');
    expect(people(ben2.map(HEADER)).length).toBe(sharedBefore - 1);
    expect((await fetch(`${server.url}/old-copy`)).status).toBe(404);
    const newDocs = await openedDocs(server, 'new-copy', newSealer);
    const syncFiles = [await openedSyncFile(join(dir, 'devices', 'ana-new.json'), newSealer), await openedSyncFile(join(dir, 'devices', 'ben-new.json'), newSealer)];
    for (const text of [newDocs, ...syncFiles]) for (const canary of CANARIES) expect(text).not.toContain(canary);
    expect((await filesUnder(join(dir, 'devices'))).map((f) => f.slice(dir.length)).sort()).toEqual(['/devices/ana-new.json', '/devices/ben-new.json']);
    expect(await canaryHits(dir, CANARIES)).toEqual([]);
  });
});
