// The member list as a chain of signatures, on a real folder relay: an organizer is valid only when
// admitted through an invitation a valid member signed, back to the creator whose key the coalition
// id names. A stranger holding the coalition key, a member rewriting another member's key, a
// second claim on one invitation and an organizer removed from a new copy are all refused.
import { randomBytes } from 'node:crypto';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBER_TABLE, type SetOp } from '../../../shared/sync/change';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import { newSigningKeys } from '../../../electron/main/sync/signing';
import { memberView, rosterOf } from '../../../electron/main/sync/signing-roster';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { nextChangeOf, signedCoalition } from './helpers/signed-organizers';

const tempDir = useTempDirs();

function sample(): MapLike {
  return sampleCoalition({ now: '2026-12-04T10:00:00.000Z' });
}

describe('the signed member list', () => {
  it('an organizer admitted through an invitation a non-member signed is refused, with everything they write', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const before = ana.peer.map(HEADER);
    // Mallory holds the coalition key but was never invited: she makes up an invitation of her own and signs it.
    const mallory = { keys: newSigningKeys(), peer: await shared.organizer('Mallory', newSigningKeys(), randomBytes(16)) };
    await mallory.peer.join();
    const secret = await shared.invite({ peer: mallory.peer, keys: mallory.keys });
    const eve = await shared.organizer('Eve', newSigningKeys(), secret);
    await eve.join();
    const start = eve.map(HEADER);
    await eve.record(start, { ...start, stakeholders: [] });
    await eve.sync();
    const report = await ana.peer.sync();
    expect(report.received).toBe(0);
    expect(report.refused.length).toBeGreaterThanOrEqual(4);
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben']);
    expect(ana.peer.map(HEADER)).toEqual(before);
    expect([...rosterOf(memberView(ana.peer.state), shared.coalitionId).keys()].sort()).toEqual([ana.peer.actor, ben.peer.actor].sort());
    // Positive control: the same steps through an invitation Ana signed admit the newcomer.
    const genuine = await shared.invite(ana);
    const cara = await shared.organizer('Cara', newSigningKeys(), genuine);
    await cara.join();
    expect((await ana.peer.sync()).refused).toEqual([]);
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben', 'Cara']);
  });

  it("a member who writes another member's key (or any field of their record) is refused", async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const rebind = nextChangeOf(ben.peer, ben.peer.actor, [{ table: MEMBER_TABLE, id: ana.peer.actor, field: 'key', value: ben.keys.publicKey }]);
    const rename = nextChangeOf(ben.peer, ben.peer.actor, [{ table: MEMBER_TABLE, id: ana.peer.actor, field: 'name', value: 'Not Ana' }]);
    const attempts = [shared.forge(rebind, ben.keys), shared.forge({ ...rename, seq: rename.seq + 1 }, ben.keys)];
    await shared.relay.push(attempts);
    const report = await ana.peer.sync();
    expect([...report.refused].sort()).toEqual(attempts.map((a) => a.id).sort());
    expect(rosterOf(memberView(ana.peer.state), shared.coalitionId).get(ana.peer.actor)).toBe(ana.keys.publicKey);
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben']);
  });

  it('an invitation admits one organizer: a second claim with the same invite is refused, the first stays a member', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana } = await shared.start(sample());
    const secret = await shared.invite(ana);
    const cara = await shared.organizer('Cara', newSigningKeys(), secret);
    await cara.join();
    expect((await ana.peer.sync()).refused).toEqual([]);
    const thief = await shared.organizer('Thief', newSigningKeys(), secret);
    await thief.join();
    const report = await ana.peer.sync();
    expect(report.refused).toHaveLength(1);
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben', 'Cara']);
  });

  it('a join delivered before the invitation that admits it (a synced folder, any order) waits unrefused, then applies', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana } = await shared.start(sample());
    const docs = await shared.relay.pull(new Set());
    const invitation = docs.find((d) => shared.base.open({ id: d.id, ct: d.ct.split('.')[0] ?? '' }).ops.some((op) => op.field.startsWith('invite:')));
    if (invitation === undefined) throw new Error('no invitation on the relay');
    const file = join(shared.relayFolder, `${invitation.id}.sealed`);
    const aside = `${file}.aside`;
    await rename(file, aside);
    const watcher = await shared.organizer('Watcher', newSigningKeys(), randomBytes(16));
    const first = await watcher.sync();
    expect(first.refused).toEqual([]);
    expect(watcher.members()).toEqual(['Ana']);
    await rename(aside, file);
    expect((await watcher.sync()).refused).toEqual([]);
    expect(watcher.members().sort()).toEqual(['Ana', 'Ben']);
    expect(watcher.map(HEADER)).toEqual(ana.peer.map(HEADER));
  });

  it('an organizer removed from a new copy cannot sign into it, not even by replaying their old admission under the new key', async () => {
    const oldDir = await tempDir();
    const old = signedCoalition(oldDir);
    const { ana } = await old.start(sample());
    const caraKeys = newSigningKeys();
    const cara = await old.organizer('Cara', caraKeys, await old.invite(ana));
    await cara.join();
    await ana.peer.sync();
    // The new copy (Cara removed): anchored at Ana again, under a new id and key; Ana invites Ben only.
    const fresh = signedCoalition(await tempDir(), ana.keys);
    expect(fresh.coalitionId).not.toBe(old.coalitionId);
    const next = await fresh.start(ana.peer.map(HEADER));
    // Worst case: Cara got hold of the new coalition key. Her old admission, her old key, her own changes:
    const oldRecord: SetOp[] = [...(cara.state.record(MEMBER_TABLE, cara.actor)?.fields ?? [])].map(([field, register]) => ({ table: MEMBER_TABLE, id: cara.actor, field, value: register[0]?.value }));
    const replay = nextChangeOf(next.ana.peer, cara.actor, oldRecord);
    const edit = { ...nextChangeOf(next.ana.peer, cara.actor, [{ table: 'sections' as const, id: 'meta', field: 'value', value: { title: 'Cara was here' } }]), seq: 2 };
    const attempts = [fresh.forge(replay, caraKeys), fresh.forge(edit, caraKeys)];
    await fresh.relay.push(attempts);
    const before = next.ana.peer.map(HEADER);
    expect([...(await next.ana.peer.sync()).refused].sort()).toEqual(attempts.map((a) => a.id).sort());
    expect([...(await next.ben.peer.sync()).refused].sort()).toEqual(attempts.map((a) => a.id).sort());
    expect(next.ana.peer.map(HEADER)).toEqual(before);
    expect(next.ben.peer.members().sort()).toEqual(['Ana', 'Ben']);
    // Positive control: in the old copy the same admission is valid.
    expect(rosterOf(memberView(ana.peer.state), old.coalitionId).get(cara.actor)).toBe(caraKeys.publicKey);
  });
});
