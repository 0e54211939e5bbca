// Compaction's purge rule under concurrency, on a real CouchDB-compatible relay on loopback: a
// change is never purged unless a snapshot covering it is on the relay, also when two members
// snapshot and purge at once. Interleavings are forced through the compaction seam (a member held
// between two relay calls while the other goes ahead), then a seeded random run mixes edits, syncs
// and overlapping compactions by three members. After each, no sent change is lost (each is on the
// relay or covered by a snapshot there that opens and checks), and at the end a third device that
// joins holds exactly Ana's map.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompactionStep } from '../../../electron/main/sync/compaction';
import { Compactor } from '../../../electron/main/sync/compactor';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { readSyncFile } from '../../../electron/main/sync/sync-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { mapDocumentSchema } from '../../../shared/schema';
import { useTempDirs } from '../store/helpers/temp-dir';
import { couchDocCount, lostChanges, sentChanges } from './helpers/compaction-relay';
import { anaSharesBenJoins, editPerson, HEADER } from './helpers/organizers';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

type Seam = (step: CompactionStep) => Promise<void>;
const PART_BYTES = 3_000;

async function coalitionOnCouch(every = 1_000_000) {
  const dir = await tempDir();
  const server = await startRelay(dir);
  const url = `${server.url}/harlow-bend`;
  await couchRelay({ url }).create();
  const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
  /** The seam each member's compaction passes through; a test sets it per member. */
  const seams = new Map<string, Seam>();
  const open = (name: string) =>
    SyncPeer.open({
      actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: couchRelay({ url }), stateFile: join(dir, `${name}.sync.json`),
      compaction: { partBytes: PART_BYTES, every, seam: (step) => seams.get(name)?.(step) ?? Promise.resolve() },
    });
  const { ana, ben } = await anaSharesBenJoins(open);
  await ana.sync();
  /** Compaction without syncing first: what a member does on a folder relay its sync tool has not fully copied yet. */
  const offlineCompactor = (name: string) => new Compactor(sealer, couchRelay({ url }).snapshots, join(dir, `${name}-offline.snapshot`), { partBytes: PART_BYTES, seam: (step) => seams.get(name)?.(step) ?? Promise.resolve() });
  return { dir, server, url, sealer, seams, open, ana, ben, offlineCompactor, lost: (peers: SyncPeer[]) => lostChanges(couchRelay({ url }), sealer, sentChanges(peers)) };
}

/** Resolves for everyone once `n` have arrived. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (release = resolve));
  return async () => {
    arrived += 1;
    if (arrived >= n) release();
    await all;
  };
}

function expectSameShared(peer: SyncPeer, ana: SyncPeer): void {
  expect(mapDocumentSchema.parse(peer.map(HEADER))).toEqual(mapDocumentSchema.parse(ana.map(HEADER)));
  expect(peer.conflicts().map((c) => c.sentence).sort()).toEqual(ana.conflicts().map((c) => c.sentence).sort());
}

async function partIds(url: string): Promise<string[]> {
  return (await couchRelay({ url }).snapshots?.partIds()) ?? [];
}

describe('compaction by two members at once', () => {
  it('equal snapshots written at once: both members keep the same one, and a third device equals Ana', { timeout: 120_000 }, async () => {
    const c = await coalitionOnCouch();
    for (let i = 0; i < 5; i++) await editPerson(c.ana, i, 'role', `role ${i}`);
    await c.ana.sync();
    await c.ben.sync();
    const written = barrier(2);
    const purged = barrier(2);
    for (const name of ['Ana', 'Ben']) c.seams.set(name, async (step) => (step === 'snapshot-written' ? written() : step === 'changes-purged' ? purged() : undefined));

    const [a, b] = await Promise.all([c.ana.compact(), c.ben.compact()]);

    const kept = [a.written, b.written].sort()[0];
    expect(new Set((await partIds(c.url)).map((id) => id.split('-')[1]))).toEqual(new Set([kept]));
    expect(await c.lost([c.ana, c.ben])).toEqual([]);
    const cara = await c.open('Cara');
    await cara.join();
    await c.ana.sync();
    expectSameShared(cara, c.ana);
  });

  it('snapshots that each cover what the other lacks: both stay, and a third device joins them', { timeout: 120_000 }, async () => {
    const c = await coalitionOnCouch();
    await editPerson(c.ana, 1, 'role', 'Ana offline');
    await editPerson(c.ben, 1, 'role', 'Ben offline');
    await editPerson(c.ben, 2, 'notes', 'Ben offline note');
    const written = barrier(2);
    for (const name of ['Ana', 'Ben']) c.seams.set(name, async (step) => (step === 'snapshot-written' ? written() : undefined));
    const known = async (p: SyncPeer) => (await readSyncFile(p.stateFile)).file.known;

    const [a, b] = await Promise.all([c.offlineCompactor('Ana').compact(c.ana.state, await known(c.ana)), c.offlineCompactor('Ben').compact(c.ben.state, await known(c.ben))]);

    expect(a.purgedSnapshots + b.purgedSnapshots).toBe(0);
    expect(new Set((await partIds(c.url)).map((id) => id.split('-')[1]))).toEqual(new Set([a.written, b.written]));
    expect(await couchRelay({ url: c.url }).pull(new Set())).toEqual([]);
    await c.ana.sync();
    await c.ben.sync();
    await c.ana.sync();
    expect(await c.lost([c.ana, c.ben])).toEqual([]);
    const cara = await c.open('Cara');
    await cara.join();
    await c.ana.sync();
    expectSameShared(cara, c.ana);
    expect(c.ana.conflicts().length).toBe(1);
  });

  it('a member held after verifying while another supersedes and deletes its snapshot loses nothing', { timeout: 120_000 }, async () => {
    const c = await coalitionOnCouch();
    let resumeAna: () => void = () => undefined;
    const anaHeld = new Promise<void>((resolve) => (resumeAna = resolve));
    let anaVerified: () => void = () => undefined;
    const verified = new Promise<void>((resolve) => (anaVerified = resolve));
    c.seams.set('Ana', async (step) => {
      if (step !== 'snapshots-verified') return;
      anaVerified();
      await anaHeld;
    });
    const anaRun = c.ana.compact();
    await verified;
    await editPerson(c.ben, 4, 'sector', 'Ben while Ana waits');
    const byBen = await c.ben.compact();
    expect(byBen.purgedSnapshots).toBe(1);
    resumeAna();
    await anaRun;

    expect(new Set((await partIds(c.url)).map((id) => id.split('-')[1]))).toEqual(new Set([byBen.written]));
    expect(await c.lost([c.ana, c.ben])).toEqual([]);
    const cara = await c.open('Cara');
    await cara.join();
    await c.ana.sync();
    expectSameShared(cara, c.ana);
  });

  it('a snapshot first seen during a compaction, ahead of this member, is taken in at the next sync', { timeout: 120_000 }, async () => {
    const c = await coalitionOnCouch();
    await editPerson(c.ben, 5, 'notes', 'Ben offline, sent during the compactions');
    let anaWrote: () => void = () => undefined;
    const anaHolding = new Promise<void>((resolve) => (anaWrote = resolve));
    let benWrote: () => void = () => undefined;
    const benDone = new Promise<void>((resolve) => (benWrote = resolve));
    let anaVerified: () => void = () => undefined;
    const verified = new Promise<void>((resolve) => (anaVerified = resolve));
    c.seams.set('Ana', async (step) => {
      if (step === 'snapshot-written') {
        anaWrote();
        await benDone;
      } else if (step === 'snapshots-verified') anaVerified();
    });
    c.seams.set('Ben', async (step) => {
      if (step !== 'snapshot-written') return;
      benWrote();
      await verified;
    });
    const anaRun = c.ana.compact();
    await anaHolding;
    const [byBen] = await Promise.all([c.ben.compact(), anaRun]);
    // Ana's snapshot went (Ben's supersedes it); Ben's own offline change went with the purge.
    expect(new Set((await partIds(c.url)).map((id) => id.split('-')[1]))).toEqual(new Set([byBen.written]));
    expect(byBen.purgedChanges).toBeGreaterThan(0);
    expect(c.ana.map(HEADER)).not.toEqual(c.ben.map(HEADER));

    await c.ana.sync();

    expectSameShared(c.ana, c.ben);
    expect(await c.lost([c.ana, c.ben])).toEqual([]);
  });

  it('a snapshot with a part missing on the relay purges nothing', { timeout: 120_000 }, async () => {
    const c = await coalitionOnCouch();
    c.seams.set('Ana', async (step) => {
      if (step !== 'snapshot-written') return;
      const ids = await partIds(c.url);
      await couchRelay({ url: c.url }).snapshots?.remove(ids.slice(0, 1));
    });
    const before = await couchDocCount(c.server, 'harlow-bend');
    const report = await c.ana.compact();
    expect(report.purgedChanges).toBe(0);
    expect(await couchDocCount(c.server, 'harlow-bend')).toBe(before + (await partIds(c.url)).length);
    expect(await c.lost([c.ana, c.ben])).toEqual([]);
  });
});
