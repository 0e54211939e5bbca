// Compaction on the device itself (check 11 of the sync design, beyond the relay), on a real
// CouchDB-compatible relay on loopback with real sync files: a device that joins from a snapshot
// keeps the relay's sealed parts as they came (no sealing again), and once a verified snapshot
// it keeps covers other members' changes, its sync file drops them. Its own changes, and every
// change still to send or not covered, stay; reopened, it holds the same map as everyone else.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { readSyncFile } from '../../../electron/main/sync/sync-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { anaSharesBenJoins, editPerson, HEADER, people } from './helpers/organizers';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

async function coalition() {
  const dir = await tempDir();
  const server = await startRelay(dir);
  const url = `${server.url}/harlow-bend`;
  await couchRelay({ url }).create();
  const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
  const open = (name: string) =>
    SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: couchRelay({ url }), stateFile: join(dir, `${name}.sync.json`), compaction: { partBytes: 4_000 } });
  return { dir, url, sealer, open };
}

function expectSame(a: SyncPeer, b: SyncPeer): void {
  expect(mapDocumentSchema.parse(a.map(HEADER))).toEqual(mapDocumentSchema.parse(b.map(HEADER)));
  expect(a.conflicts().map((c) => c.sentence).sort()).toEqual(b.conflicts().map((c) => c.sentence).sort());
  expect(a.state.vector()).toEqual(b.state.vector());
}

const ownSeqs = (peer: SyncPeer) => peer.state.changes().filter((c) => c.actor === peer.actor).map((c) => c.seq);
const authors = async (peer: SyncPeer, sealer: ReturnType<typeof coalitionSealer>) => (await readSyncFile(peer.stateFile)).file.known.map((s) => sealer.open(s).actor);

describe('a device joining from a snapshot', () => {
  it('keeps the sealed parts exactly as the relay sent them beside its sync file', { timeout: 120_000 }, async () => {
    const c = await coalition();
    const ana = await c.open('Ana');
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    for (let i = 0; i < 4; i++) await editPerson(ana, i, 'role', `role ${i}`);
    const report = await ana.compact();
    const relayParts = await couchRelay({ url: c.url }).snapshots?.read((await couchRelay({ url: c.url }).snapshots?.partIds()) ?? []);
    expect(relayParts?.length).toBeGreaterThan(1);

    const cara = await c.open('Cara');
    await cara.join();

    const kept = JSON.parse(await readFile(`${cara.stateFile}.snapshot`, 'utf8')) as { sid: string; parts: { id: string; ct: string }[] };
    expect(kept.sid).toBe(report.written);
    const byId = (p: { id: string }[]) => [...p].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(kept.parts)).toEqual(byId(relayParts ?? []));
    await ana.sync();
    expectSame(await c.open('Cara'), ana);
  });
});

describe("a device's own sync file after a snapshot", () => {
  it('drops the other members\' changes a kept snapshot covers, keeps its own, unsent and uncovered ones, and reopens to the same map', { timeout: 120_000 }, async () => {
    const c = await coalition();
    let { ana, ben } = await anaSharesBenJoins(c.open);
    for (let i = 0; i < 5; i++) {
      await editPerson(ana, i, 'role', `Role by Ana ${i}`);
      await editPerson(ben, i + 1, 'sector', `Sector by Ben ${i}`);
    }
    await editPerson(ana, 2, 'stage', 'declined');
    await editPerson(ben, 2, 'stage', 'core');
    for (const p of [ana, ben, ana]) await p.sync();
    // Reopened, so their own changes too come from their sync files.
    [ana, ben] = [await c.open('Ana'), await c.open('Ben')];
    const benFileBefore = (await stat(ben.stateFile)).size;
    const benOwn = ownSeqs(ben);

    await ana.compact();
    // Cara's change comes after the snapshot; Ben's offline edit is not sent yet.
    const cara = await c.open('Cara');
    await cara.join();
    await editPerson(cara, 4, 'notes', 'after the snapshot');
    await cara.sync();
    await editPerson(ben, 5, 'notes', 'Ben offline');
    const waiting = ben.status().waitingToSend;
    await ben.sync();
    await editPerson(ben, 6, 'notes', 'Ben still to send');

    // Ben holds every change Ana's snapshot covers: he keeps it and drops Ana's from his file.
    expect(await authors(ben, c.sealer)).not.toContain(ana.actor);
    expect(await authors(ben, c.sealer)).toContain(cara.actor);
    expect((await stat(ben.stateFile)).size).toBeLessThan(benFileBefore / 4);
    expect(waiting).toBe(1);
    expect(ben.status().waitingToSend).toBe(1);
    // Ana, who compacted, keeps her own changes; Ben's that her snapshot covers are under a tenth of
    // her file, which holds her first share, so it is not rewritten for them.
    const anaAuthors = await authors(ana, c.sealer);
    expect(anaAuthors.filter((a) => a === ana.actor)).toHaveLength(ownSeqs(ana).length);
    expect(anaAuthors).toContain(ben.actor);

    const benAgain = await c.open('Ben');
    expect(ownSeqs(benAgain)).toEqual(ownSeqs(ben));
    expect(ownSeqs(benAgain).slice(0, benOwn.length)).toEqual(benOwn);
    expectSame(benAgain, ben);
    expect(people(benAgain)[6]?.notes).toBe('Ben still to send');
    const anaAgain = await c.open('Ana');
    expectSame(anaAgain, ana);
    // Nothing dropped is fetched again, the change still to send goes, and everyone converges.
    await benAgain.sync();
    expect((await readSyncFile(benAgain.stateFile)).file.known.length).toBe(benAgain.status().changes);
    for (const p of [anaAgain, cara]) await p.sync();
    expectSame(anaAgain, benAgain);
    expectSame(cara, benAgain);
    expect(people(cara)[6]?.notes).toBe('Ben still to send');
    // Undo after reopening: Ben's new edit goes back to the value he saw, which only the snapshot holds.
    await editPerson(benAgain, 1, 'role', 'Ben was here');
    expect(await benAgain.undo()).toEqual({ undone: true, message: 'Your last change was undone.' });
    expect(people(benAgain)[1]?.role).toBe('Role by Ana 1');
  });
});
