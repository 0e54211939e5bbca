// Signed changes on a real folder relay with real sync files: a member who holds the coalition key
// cannot write under another member's name (forged signature, no signature, a stranger's key), a
// genuine change moved to another document id is refused, and genuine changes still apply and two
// organizers still converge. A refused change is never applied and counted, exactly like a
// tampered one.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import { newSigningKeys, splitCt } from '../../../electron/main/sync/signing';
import { useTempDirs } from '../store/helpers/temp-dir';
import { HEADER } from './helpers/organizers';
import { nextChangeOf, signedCoalition } from './helpers/signed-organizers';

const tempDir = useTempDirs();

function sample(): MapLike {
  return sampleCoalition({ now: '2026-12-04T10:00:00.000Z' });
}

function stakeholder(map: MapLike, index: number): Stakeholder {
  const s = (map.stakeholders as Stakeholder[])[index];
  if (s === undefined) throw new Error('sample too small');
  return s;
}

function edit(map: MapLike, id: string, change: Partial<Stakeholder>): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function roleOf(map: MapLike, id: string): unknown {
  return (map.stakeholders as Stakeholder[]).find((s) => s.id === id)?.role;
}

describe('signed changes', () => {
  it('genuine changes of the creator and of an invited organizer apply on the other side; every relay document is signed', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const start = ana.peer.map(HEADER);
    const x = stakeholder(start, 1);
    const y = stakeholder(start, 2);
    await ana.peer.record(start, edit(start, x.id, { role: 'Chair' }));
    await ben.peer.record(start, edit(start, y.id, { role: 'Treasurer' }));
    await ana.peer.sync();
    expect((await ben.peer.sync()).refused).toEqual([]);
    await ana.peer.sync();
    for (const peer of [ana.peer, ben.peer]) {
      expect(roleOf(peer.map(HEADER), x.id)).toBe('Chair');
      expect(roleOf(peer.map(HEADER), y.id)).toBe('Treasurer');
      expect(peer.status().refused).toBe(0);
      expect(peer.members().sort()).toEqual(['Ana', 'Ben']);
    }
    const all = await shared.relay.pull(new Set());
    expect(all.length).toBeGreaterThan(3);
    for (const doc of all) expect(splitCt(doc.ct).signature).not.toBeNull();
  });

  it("a member holding the coalition key cannot write under another member's name: signed with their own key, unsigned, or with a stranger's key, all refused", async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const before = ana.peer.map(HEADER);
    const x = stakeholder(before, 3);
    // Ben writes, as Ana, a change that looks exactly like her next one.
    const forged = nextChangeOf(ben.peer, ana.peer.actor, [{ table: 'stakeholders', id: x.id, field: 'role', value: 'Forged by Ben' }]);
    const attempts = [shared.forge(forged, ben.keys), shared.forge(forged, null), shared.forge(forged, newSigningKeys())];
    await shared.relay.push(attempts);
    const cara = { keys: newSigningKeys() };
    const secret = await shared.invite(ana);
    const caraPeer = await shared.organizer('Cara', cara.keys, secret);
    const joined = await caraPeer.join();
    expect([...joined.refused].sort()).toEqual(attempts.map((a) => a.id).sort());
    expect(roleOf(caraPeer.map(HEADER), x.id)).toBe(x.role);
    expect(caraPeer.status().refused).toBe(3);
    // Ana took the forgeries in while she wrote Cara's invitation: refused there too.
    expect(ana.peer.status().refused).toBe(3);
    expect(ana.peer.map(HEADER)).toEqual(before);
    // The forged seq number takes nothing from Ana: her own next change applies everywhere.
    const now = ana.peer.map(HEADER);
    await ana.peer.record(now, edit(now, x.id, { role: 'Really Ana' }));
    await ana.peer.sync();
    expect((await caraPeer.sync()).refused).toEqual([]);
    expect(roleOf(caraPeer.map(HEADER), x.id)).toBe('Really Ana');
  });

  it('a genuine signed change moved to another document id is refused; back under its own id it applies', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const start = ana.peer.map(HEADER);
    const x = stakeholder(start, 4);
    const known = new Set((await shared.relay.pull(new Set())).map((d) => d.id));
    await ana.peer.record(start, edit(start, x.id, { role: 'Moved?' }));
    await ana.peer.sync();
    const [original] = (await shared.relay.pull(known)).map((d) => d.id);
    if (original === undefined) throw new Error('no new document');
    const ct = await readFile(join(shared.relayFolder, `${original}.sealed`), 'utf8');
    // A one-field edit stays far under the 1 KB goal for a sealed change once signed.
    expect(ct.length).toBeLessThan(1024);
    const moved = 'f'.repeat(32);
    await writeFile(join(shared.relayFolder, `${moved}.sealed`), ct);
    await rm(join(shared.relayFolder, `${original}.sealed`));
    const report = await ben.peer.sync();
    expect(report.refused).toEqual([moved]);
    expect(roleOf(ben.peer.map(HEADER), x.id)).toBe(x.role);
    await writeFile(join(shared.relayFolder, `${original}.sealed`), ct);
    expect((await ben.peer.sync()).refused).toEqual([]);
    expect(roleOf(ben.peer.map(HEADER), x.id)).toBe('Moved?');
  });

  it('two organizers editing offline converge, the conflict in words intact; a third invited by the second sees the same map', async () => {
    const dir = await tempDir();
    const shared = signedCoalition(dir);
    const { ana, ben } = await shared.start(sample());
    const start = ana.peer.map(HEADER);
    const x = stakeholder(start, 2);
    await ana.peer.record(start, edit(start, x.id, { role: 'Director', phone: '555 0100' }));
    await ben.peer.record(start, edit(start, x.id, { role: 'Chair', email: 'chair@example.org' }));
    await ana.peer.sync();
    await ben.peer.sync();
    await ana.peer.sync();
    expect(ana.peer.map(HEADER)).toEqual(ben.peer.map(HEADER));
    expect(ana.peer.conflicts().map((c) => c.sentence)).toEqual([`${x.name}: role changed by Ana and Ben`]);
    const caraKeys = newSigningKeys();
    const secret = await shared.invite(ben);
    const cara = await shared.organizer('Cara', caraKeys, secret);
    expect((await cara.join()).refused).toEqual([]);
    await ana.peer.sync();
    await ben.peer.sync();
    expect(cara.map(HEADER)).toEqual(ana.peer.map(HEADER));
    expect(ana.peer.members().sort()).toEqual(['Ana', 'Ben', 'Cara']);
    expect(ana.peer.status().refused + ben.peer.status().refused + cara.status().refused).toBe(0);
  });
});
