// Compaction, check 11 of the sync design, on a real CouchDB-compatible relay on loopback (and the
// same on a folder relay): after a member writes a sealed snapshot and purges, the relay holds
// fewer documents, and a third device that joins afterwards holds exactly Ana's map and the same
// open conflicts. A snapshot sealed with another key, or altered, is refused and deletes nothing.
// Neither the snapshot documents nor anything else the relay stores holds a name (positive control:
// the same scan finds the names with sealing off).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { purgeCovered, verifiedSnapshots } from '../../../electron/main/sync/compaction';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { folderRelay, type Relay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey, type Sealer } from '../../../electron/main/sync/seal';
import { sealSnapshot } from '../../../electron/main/sync/snapshot-seal';
import { readSyncFile } from '../../../electron/main/sync/sync-file';
import { NewerFormat, SyncPeer } from '../../../electron/main/sync/sync-peer';
import { SYNC_FORMAT } from '../../../shared/sync/change';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryHits, contains } from './helpers/canary-scan';
import { couchDocCount, folderDocCount, lostChanges } from './helpers/compaction-relay';
import { anaSharesBenJoins, editPerson, HEADER, people, plainSealer } from './helpers/organizers';
import { type RelayServer } from './helpers/pouchdb-server';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const CANARY = { name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c' };

interface Setup {
  readonly dir: string;
  readonly sealer: Sealer;
  /** A fresh connection to the relay (each keeps its own read position). */
  relay(): Relay;
  docCount(): Promise<number>;
  open(name: string): Promise<SyncPeer>;
  readonly server?: RelayServer;
}

async function onCouch(sealed = true): Promise<Setup> {
  const dir = await tempDir();
  const server = await startRelay(dir);
  const url = `${server.url}/harlow-bend`;
  await couchRelay({ url }).create();
  return setup(dir, sealed, () => couchRelay({ url }), () => couchDocCount(server, 'harlow-bend'), server);
}

async function onFolder(): Promise<Setup> {
  const dir = await tempDir();
  return setup(dir, true, () => folderRelay(join(dir, 'relay')), () => folderDocCount(join(dir, 'relay')));
}

function setup(dir: string, sealed: boolean, relay: () => Relay, docCount: () => Promise<number>, server?: RelayServer): Setup {
  const sealer = sealed ? coalitionSealer(newCoalitionKey(), 'harlow-bend') : plainSealer;
  const open = (name: string) =>
    SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: relay(), stateFile: join(dir, 'devices', `${name}.sync.json`), compaction: { partBytes: 4_000 } });
  return { dir, sealer, relay, docCount, open, ...(server ? { server } : {}) };
}

/** Ana shares, Ben joins, many edits and one open conflict (the same field, both offline). */
async function busyCoalition(s: Setup): Promise<{ ana: SyncPeer; ben: SyncPeer }> {
  const ana = await s.open('Ana');
  const sample = sampleCoalition({ now: '2026-03-01T10:00:00.000Z' });
  const first = sample.stakeholders[0] as Stakeholder;
  await ana.share({ ...sample, stakeholders: [...sample.stakeholders, { ...first, id: 'canary', ...CANARY, confidential: false }] });
  await ana.sync();
  const ben = await s.open('Ben');
  await ben.join();
  for (let i = 0; i < 6; i++) {
    await editPerson(ana, i, 'role', `Role by Ana ${i}`);
    await editPerson(ben, i + 1, 'sector', `Sector by Ben ${i}`);
  }
  await editPerson(ana, 2, 'stage', 'declined');
  await editPerson(ben, 2, 'stage', 'core');
  const removed = ben.map(HEADER);
  await ben.record(removed, { ...removed, stakeholders: people(ben).filter((_, i) => i !== 7) });
  for (const peer of [ana, ben, ana]) await peer.sync();
  return { ana, ben };
}

function expectSameShared(peer: SyncPeer, ana: SyncPeer): void {
  expect(mapDocumentSchema.parse(peer.map(HEADER))).toEqual(mapDocumentSchema.parse(ana.map(HEADER)));
  const sentences = (p: SyncPeer) => p.conflicts().map((c) => c.sentence).sort();
  expect(sentences(peer)).toEqual(sentences(ana));
  expect(peer.state.vector()).toEqual(ana.state.vector());
}

describe.each([
  ['CouchDB', () => onCouch()],
  ['folder', () => onFolder()],
])('compaction on a %s relay', (_kind, make) => {
  it('drops the relay document count, and a third device that joins afterwards holds exactly Ana\'s map', { timeout: 120_000 }, async () => {
    const s = await make();
    const { ana, ben } = await busyCoalition(s);
    expect(ana.conflicts().length).toBeGreaterThan(0);
    const before = await s.docCount();

    const report = await ana.compact();

    expect(report.purgedChanges).toBe(before);
    const after = await s.docCount();
    const parts = (await s.relay().snapshots?.partIds()) ?? [];
    expect(parts.length).toBeGreaterThan(1); // split into parts
    expect(after).toBe(parts.length);
    expect(after).toBeLessThan(before);
    expect(await s.relay().pull(new Set())).toEqual([]);

    const cara = await s.open('Cara');
    await cara.join();
    await ana.sync();
    expectSameShared(cara, ana);
    // Cara keeps what she took in: reopened, her device still holds the same map.
    const caraAgain = await s.open('Cara');
    expectSameShared(caraAgain, ana);
    // And later edits, by anyone, still reach everyone.
    await editPerson(ben, 3, 'notes', 'after the snapshot');
    await ben.sync();
    for (const peer of [cara, ana]) await peer.sync();
    expectSameShared(cara, ana);
    expect(people(cara)[3]?.notes).toBe('after the snapshot');
  });
});

describe('when the app compacts', () => {
  it('a member compacts on its own after a thousand or so changes no snapshot covers (here: after 5)', { timeout: 120_000 }, async () => {
    const s = await onCouch();
    const ana = await SyncPeer.open({ actor: 'actor-ana-0001', name: 'Ana', sealer: s.sealer, relay: s.relay(), stateFile: join(s.dir, 'devices', 'ana.sync.json'), compaction: { every: 5 } });
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await ana.sync();
    expect((await s.relay().snapshots?.partIds())?.length).toBe(0);
    for (let i = 0; i < 8; i++) await editPerson(ana, i, 'role', `role ${i}`);
    await ana.sync();
    expect((await s.relay().snapshots?.partIds())?.length).toBe(1);
    expect(await s.docCount()).toBe(1);
    const cara = await s.open('Cara');
    await cara.join();
    await ana.sync();
    expectSameShared(cara, ana);
  });
});

describe('a device that joined from a snapshot', () => {
  it('undoes its own edit to the value it saw, though the change that set it was purged', { timeout: 120_000 }, async () => {
    const s = await onCouch();
    const { ana } = await busyCoalition(s);
    await ana.compact();
    const cara = await s.open('Cara');
    await cara.join();
    const before = people(cara)[1]?.role;
    expect(before).toBe('Role by Ana 1');
    await editPerson(cara, 1, 'role', 'Cara was here');
    expect(await cara.undo()).toEqual({ undone: true, message: 'Your last change was undone.' });
    expect(people(cara)[1]?.role).toBe(before);
    // Cara catches up from a later snapshot; reopened, her device still holds every one of her own
    // changes (a clean copy carries over those it has not seen).
    await editPerson(cara, 2, 'notes', 'Cara again');
    await cara.sync();
    await ana.sync();
    await editPerson(ana, 3, 'notes', 'Ana after');
    await ana.compact();
    await cara.sync();
    expect(people(cara)[3]?.notes).toBe('Ana after');
    const again = await s.open('Cara');
    expect(again.state.changes().filter((c) => c.actor === cara.actor).map((c) => c.seq)).toEqual(cara.state.changes().filter((c) => c.actor === cara.actor).map((c) => c.seq));
    expectSameShared(again, cara);
  });
});

describe('organizers on different app versions', () => {
  it('an older app does not take in a snapshot covering changes of a newer sync format: read-only with the message until updated', { timeout: 120_000 }, async () => {
    const s = await onFolder();
    const open = (name: string, syncFormat = SYNC_FORMAT) =>
      SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer: s.sealer, relay: s.relay(), stateFile: join(s.dir, 'devices', `${name}.sync.json`), syncFormat });
    const { ben } = await anaSharesBenJoins(open);
    const before = mapDocumentSchema.parse(ben.map(HEADER));
    const anaUpdated = await open('Ana', SYNC_FORMAT + 1);
    await editPerson(anaUpdated, 1, 'role', 'Written by a newer app');
    await anaUpdated.compact();

    await ben.sync();

    expect(ben.status().newerFormat).toBe(SYNC_FORMAT + 1);
    expect(mapDocumentSchema.parse(ben.map(HEADER))).toEqual(before);
    await expect(editPerson(ben, 2, 'role', 'refused')).rejects.toThrow(NewerFormat);
    const benUpdated = await open('Ben', SYNC_FORMAT + 1);
    await benUpdated.sync();
    expect(benUpdated.status().newerFormat).toBeNull();
    expect(mapDocumentSchema.parse(benUpdated.map(HEADER))).toEqual(mapDocumentSchema.parse(anaUpdated.map(HEADER)));
  });
});

describe('snapshots that do not open', () => {
  it('a snapshot sealed with another key, or altered on the relay, is refused and causes no purge', { timeout: 120_000 }, async () => {
    const s = await onCouch();
    const { ana } = await busyCoalition(s);
    const store = s.relay().snapshots;
    if (store === undefined || s.server === undefined) throw new Error('no snapshot store');
    // Both claim to cover every change Ana holds.
    const foreign = sealSnapshot(coalitionSealer(newCoalitionKey(), 'harlow-bend'), ana.state.exportState(), 4_000);
    const altered = sealSnapshot(s.sealer, ana.state.exportState(), 4_000);
    const part = altered.parts[1];
    if (part === undefined) throw new Error('expected several parts');
    const bytes = Buffer.from(part.ct, 'base64');
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x01;
    await store.write([...foreign.parts, ...altered.parts.map((p) => (p === part ? { ...p, ct: bytes.toString('base64') } : p))]);
    const before = await s.docCount();

    const { verified, refused } = await verifiedSnapshots(store, s.sealer, new Map());
    expect(verified).toEqual([]);
    expect(refused.sort()).toEqual([foreign.sid, altered.sid].sort());
    const { file } = await readSyncFile(ana.stateFile);
    expect(await purgeCovered(store, s.sealer, file.known, verified, async () => undefined)).toEqual({ changes: 0, snapshots: 0 });
    expect(await s.docCount()).toBe(before);

    // A third device refuses both and still builds Ana's map from the changes.
    const cara = await s.open('Cara');
    await cara.join();
    await ana.sync();
    expectSameShared(cara, ana);
    expect(await lostChanges(s.relay(), s.sealer, ana.state.changes())).toEqual([]);
  });
});

describe('relay blindness of snapshots', () => {
  it('no snapshot document, nor any byte the relay stores or answers, holds a name; with sealing off the same scan finds it', { timeout: 120_000 }, async () => {
    for (const sealed of [true, false]) {
      const s = await onCouch(sealed);
      const { ana } = await busyCoalition(s);
      await ana.compact();
      const server = s.server as RelayServer;
      const answer = Buffer.from(await (await fetch(`${server.url}/harlow-bend/_all_docs?include_docs=true`)).text());
      const ids = (await s.relay().snapshots?.partIds()) ?? [];
      expect(ids.length).toBeGreaterThan(0);
      const onlySnapshots = JSON.stringify(await s.relay().snapshots?.read(ids));
      const inSnapshots = Object.values(CANARY).filter((c) => contains(Buffer.from(onlySnapshots), c));
      const hits = await canaryHits(server.dataDir, Object.values(CANARY));
      if (sealed) {
        expect(inSnapshots).toEqual([]);
        expect(hits).toEqual([]);
        expect(Object.values(CANARY).some((c) => contains(answer, c))).toBe(false);
      } else {
        expect(inSnapshots).toEqual(Object.values(CANARY));
        expect(Object.values(CANARY).every((c) => contains(answer, c))).toBe(true);
      }
    }
  });
});
