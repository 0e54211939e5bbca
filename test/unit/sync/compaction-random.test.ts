// Compaction, randomised. First the engine: snapshots taken by random devices at random moments,
// sealed-format round trip included, then any of them joined together and followed by the changes
// they do not cover, give exactly the state of applying every change (200 seeds). Then the relay:
// three members on a real pouchdb-server (and on a folder relay) make edits, sync, and compact two at a time with the
// compaction seam yielding a random number of turns (so their relay calls interleave differently
// each step), some compacting without syncing first; after every step no sent change is lost, and
// at the end a device that joins holds exactly Ana's map.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Compactor } from '../../../electron/main/sync/compactor';
import { couchRelay } from '../../../electron/main/sync/couch-relay';
import { folderRelay, type Relay } from '../../../electron/main/sync/folder-relay';
import { coalitionSealer, newCoalitionKey } from '../../../electron/main/sync/seal';
import { readSyncFile } from '../../../electron/main/sync/sync-file';
import { SyncPeer } from '../../../electron/main/sync/sync-peer';
import { seededRandom, type RandomSource } from '../../../shared/graph/random';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import type { Change } from '../../../shared/sync/change';
import { SharedReplica } from '../../../shared/sync/replica';
import { coversAll, decodeSnapshot, encodeSnapshot } from '../../../shared/sync/snapshot';
import { joinVectors } from '../../../electron/main/sync/compaction';
import { useTempDirs } from '../store/helpers/temp-dir';
import { lostChanges, sentChanges } from './helpers/compaction-relay';
import { HEADER } from './helpers/organizers';
import { useRelayServers } from './helpers/use-relay-servers';

const tempDir = useTempDirs();
const startRelay = useRelayServers();

const pick = <T,>(random: RandomSource, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** Every record, field and write of a replica in one canonical order: equal strings, equal states. */
function canonical(replica: SharedReplica): string {
  const records = (['stakeholders', 'ties', 'sections', 'members'] as const).flatMap((t) => replica.recordsOf(t));
  return JSON.stringify({
    vector: Object.entries(replica.vector()).sort(),
    records: records.map((r) => [r.table, r.id, r.first, [...r.fields].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, reg]) => [f, reg.map((w) => [w.actor, w.seq, w.value])])]),
  });
}

function roundTrip(replica: SharedReplica, id: string) {
  const decoded = decodeSnapshot(JSON.parse(JSON.stringify(encodeSnapshot(id, replica.exportState()))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return decoded.state;
}

describe('snapshots in the engine', () => {
  it('any set of snapshots, then the changes they do not cover, gives the state of every change (200 seeds)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = seededRandom(seed);
      const actors = ['actor-ana-0001', 'actor-ben-0001', 'actor-cara-0001'];
      const devices = actors.map(() => new SharedReplica());
      const snapshots: ReturnType<typeof roundTrip>[] = [];
      for (let step = 0; step < 40; step++) {
        const i = Math.floor(random() * devices.length);
        const device = devices[i] as SharedReplica;
        const roll = random();
        if (roll < 0.55) {
          const field = pick(random, ['role', 'notes', '$removed']);
          const value = field === '$removed' ? pick(random, [null, { by: actors[i], at: 'x' }]) : `v${seed}-${step}`;
          device.commit(actors[i] as string, [{ table: 'stakeholders', id: pick(random, ['p1', 'p2', 'p3']), field, value }], 'at');
        } else if (roll < 0.85) {
          device.receive((pick(random, devices) as SharedReplica).changes());
        } else {
          snapshots.push(roundTrip(device, `${seed}`.padStart(32, '0')));
        }
      }
      const all: Change[] = devices.flatMap((d) => [...d.changes()]);
      const reference = new SharedReplica();
      reference.receive([...all].sort(() => random() - 0.5));
      const joined = new SharedReplica();
      const chosen = snapshots.filter(() => random() < 0.5);
      for (const s of chosen) joined.absorb(s);
      const covered = joinVectors(chosen.map((s) => s.vector));
      joined.receive(all.filter((c) => !coversAll(covered, { [c.actor]: c.seq }) || random() < 0.2).sort(() => random() - 0.5));
      expect(canonical(joined), `seed ${seed}`).toBe(canonical(reference));
    }
  });
});

async function couch(dir: string): Promise<() => Relay> {
  const server = await startRelay(dir);
  const url = `${server.url}/harlow-bend`;
  await couchRelay({ url }).create();
  return () => couchRelay({ url });
}

async function folder(dir: string): Promise<() => Relay> {
  return () => folderRelay(join(dir, 'relay'));
}

describe.each([
  ['pouchdb-server', couch, 20261204],
  ['folder', folder, 20261205],
])('compaction by three members at random on a %s relay', (_kind, relayIn, seed) => {
  it('never loses a sent change, and a device that joins at the end equals Ana', { timeout: 300_000 }, async () => {
    const random = seededRandom(seed);
    const dir = await tempDir();
    const relay = await relayIn(dir);
    const sealer = coalitionSealer(newCoalitionKey(), 'harlow-bend');
    const turns = async () => {
      for (let n = Math.floor(random() * 6); n > 0; n--) await new Promise((r) => setImmediate(r));
    };
    const options = (every: number) => ({ partBytes: 2_500, every, seam: turns });
    const open = (name: string, every = 1_000_000) =>
      SyncPeer.open({ actor: `actor-${name.toLowerCase()}-0001`, name, sealer, relay: relay(), stateFile: join(dir, `${name}.sync.json`), compaction: options(every) });
    const ana = await open('Ana');
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await ana.sync();
    // Ben also compacts on his own, after a few changes no snapshot covers.
    const members = [ana, await open('Ben', 6), await open('Dan')];
    for (const m of members.slice(1)) await m.join();

    const purged = { changes: 0, snapshots: 0 };
    const count = (r: { purgedChanges: number; purgedSnapshots: number }) => {
      purged.changes += r.purgedChanges;
      purged.snapshots += r.purgedSnapshots;
    };
    for (let step = 0; step < 36; step++) {
      const roll = random();
      const [p, q] = [...members].sort(() => random() - 0.5) as [SyncPeer, SyncPeer];
      if (roll < 0.45) {
        const before = p.map(HEADER);
        const people = before.stakeholders as Stakeholder[];
        const n = Math.floor(random() * people.length);
        const changed = random() < 0.15 ? people.filter((_, i) => i !== n) : people.map((s, i) => (i === n ? { ...s, notes: `step ${step} by ${p.name}` } : s));
        await p.record(before, { ...before, stakeholders: changed });
      } else if (roll < 0.7) {
        await p.sync();
      } else if (roll < 0.85) {
        for (const r of await Promise.all([p.compact(), q.compact()])) count(r);
      } else {
        const offline = new Compactor(sealer, relay().snapshots, join(dir, `${p.name}-${step}.snapshot`), options(1_000_000));
        for (const r of await Promise.all([offline.compact(p.state, (await readSyncFile(p.stateFile)).file.known), q.compact()])) count(r);
      }
      expect(await lostChanges(relay(), sealer, sentChanges(members)), `seed ${seed}, step ${step}`).toEqual([]);
    }
    // The run did compact: changes and superseded snapshots were deleted along the way.
    expect(purged.changes).toBeGreaterThan(10);
    expect(purged.snapshots).toBeGreaterThan(2);
    for (let round = 0; round < 2; round++) for (const m of members) await m.sync();
    const cara = await open('Cara');
    await cara.join();
    for (const m of members) await m.sync();
    for (const m of [cara, ...members]) {
      expect(mapDocumentSchema.parse(m.map(HEADER))).toEqual(mapDocumentSchema.parse(ana.map(HEADER)));
      expect(m.state.vector()).toEqual(ana.state.vector());
    }
  });
});
