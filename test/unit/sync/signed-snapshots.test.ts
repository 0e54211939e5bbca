// Signed snapshot parts on a real folder relay: a member's snapshot lets a newcomer join from it
// after the changes it covers are purged; a snapshot that is unsigned, signed by a key no member
// holds, or signed by a member but giving another member a new key is refused and purges nothing.
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import { MEMBER_TABLE } from '../../../shared/sync/change';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import type { ReplicaState } from '../../../shared/sync/replica';
import { verifiedSnapshots } from '../../../electron/main/sync/compaction';
import { newSigningKeys } from '../../../electron/main/sync/signing';
import { KEY_FIELD } from '../../../electron/main/sync/signing-roster';
import { sealSnapshot } from '../../../electron/main/sync/snapshot-seal';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { signedCoalition } from './helpers/signed-organizers';

const tempDir = useTempDirs();

function sample(): MapLike {
  return sampleCoalition({ now: '2026-12-04T10:00:00.000Z' });
}

function edit(map: MapLike, index: number, role: string): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s, i) => (i === index ? { ...s, role } : s)) };
}

/** `state` with `actor`'s key on the member list replaced by `key`. */
function rebound(state: ReplicaState, actor: string, key: string): ReplicaState {
  const records = state.records.map((r) => {
    if (r.table !== MEMBER_TABLE || r.id !== actor) return r;
    const fields = new Map(r.fields);
    fields.set(KEY_FIELD, (fields.get(KEY_FIELD) ?? []).map((w) => ({ ...w, value: key })));
    return { ...r, fields };
  });
  return { ...state, records };
}

describe('signed snapshots', () => {
  it("a newcomer joins from a member's snapshot after the purge; unsigned, a stranger's, or a member's rebinding another's key are refused and purge nothing", async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    for (const [i, role] of ['Chair', 'Treasurer', 'Secretary'].entries()) {
      const now = ben.peer.map(HEADER);
      await ben.peer.record(now, edit(now, i, role));
    }
    await ben.peer.sync();
    await ana.peer.sync();
    const compacted = await ana.peer.compact();
    expect(compacted.purgedChanges).toBeGreaterThan(0);
    const store = shared.relay.snapshots;
    if (store === undefined) throw new Error('a folder relay keeps snapshots');
    const partsBefore = await store.partIds();

    const state = ana.peer.state.exportState();
    const forged = [
      sealSnapshot(shared.base, state, 4_000),
      sealSnapshot(shared.sealerFor(newSigningKeys()), state, 4_000),
      sealSnapshot(shared.sealerFor(ben.keys), rebound(state, ana.peer.actor, ben.keys.publicKey), 4_000),
    ];
    await store.write(forged.flatMap((f) => f.parts));
    const { verified, refused } = await verifiedSnapshots(store, shared.sealerFor(ana.keys), new Map());
    expect(verified.map((v) => v.sid)).toEqual([...new Set(partsBefore.map((id) => id.split('-')[1]))]);
    expect([...refused].sort()).toEqual(forged.map((f) => f.sid).sort());
    // A second compaction by Ana refuses them too, and deletes none of their parts.
    const again = await ana.peer.compact();
    expect([...again.refused].sort()).toEqual(forged.map((f) => f.sid).sort());
    const left = await store.partIds();
    for (const f of forged) for (const p of f.parts) expect(left).toContain(p.id);

    // Cara joins from Ana's snapshot (the changes it covers are gone), then takes a later change too.
    const cara = await shared.organizer('Cara', newSigningKeys(), await shared.invite(ana));
    const joined = await cara.join();
    expect(joined.refused).toEqual([]);
    await ana.peer.sync();
    const now = ana.peer.map(HEADER);
    await ana.peer.record(now, edit(now, 3, 'Coordinator'));
    await ana.peer.sync();
    expect((await cara.sync()).refused).toEqual([]);
    await ben.peer.sync();
    expect(cara.map(HEADER)).toEqual(ana.peer.map(HEADER));
    expect(ben.peer.map(HEADER)).toEqual(ana.peer.map(HEADER));
    expect(cara.members().sort()).toEqual(['Ana', 'Ben', 'Cara']);
  });
});
