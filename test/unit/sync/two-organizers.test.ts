// Two organizers share one map through a folder relay, with real sync files on disk: they converge,
// conflicts come out in words, the relay never holds a name, confidential people never leave
// their holder, and an altered change is refused. Checks 1, 2, 3, 5, 7 and 9 of the sync design.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import type { MapLike } from '../../../shared/sync/map-ops';
import { withHeldBack } from '../../../shared/sync/shared-part';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryHits, filesUnder } from './helpers/canary-scan';
import { coalition, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();
const NOW = '2026-03-01T10:00:00.000Z';
const CANARY = { name: 'Zephyrine Quillfeather', email: 'zq-canary@example.org', phone: '+1 555 0199 7731', notes: 'canary-note-7f3a9c' };

function sample(): MapDocument {
  return sampleCoalition({ now: NOW });
}

function withStakeholder(map: MapLike, s: Partial<Stakeholder> & { id: string; name: string }): MapLike {
  const base = (map.stakeholders as Stakeholder[])[0];
  return { ...map, stakeholders: [...(map.stakeholders as Stakeholder[]), { ...base, ...s }] };
}

function editStakeholder(map: MapLike, id: string, change: Partial<Stakeholder>): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function canonical(map: MapLike): MapDocument {
  return mapDocumentSchema.parse(map);
}

async function pair(options = { sealed: true }) {
  const dir = await tempDir();
  const shared = coalition(dir, options);
  const ana = await shared.organizer('Ana');
  await ana.share(sample());
  await ana.sync();
  const ben = await shared.organizer('Ben');
  await ben.join();
  await ana.sync();
  return { dir, shared, ana, ben };
}

describe('two organizers on one shared map', () => {
  it('converge after both edit offline: one field changed by both shows both values and names, other fields keep both edits', async () => {
    const { ana, ben } = await pair();
    const start = ana.map(HEADER);
    const x = (start.stakeholders as Stakeholder[])[2];
    if (x === undefined) throw new Error('sample too small');
    await ana.record(start, editStakeholder(start, x.id, { role: 'Director', phone: '555 0100' }));
    await ben.record(start, editStakeholder(start, x.id, { role: 'Chair', email: 'chair@example.org' }));
    await ana.sync();
    await ben.sync();
    await ana.sync();
    expect(canonical(ana.map(HEADER))).toEqual(canonical(ben.map(HEADER)));
    const merged = (ana.map(HEADER).stakeholders as Stakeholder[]).find((s) => s.id === x.id);
    expect(merged).toMatchObject({ phone: '555 0100', email: 'chair@example.org' });
    const conflicts = ben.conflicts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.sentence).toBe(`${x.name}: role changed by Ana and Ben`);
    expect(conflicts[0]?.kind === 'two-values' && conflicts[0].values.map((v) => v.value).sort()).toEqual(['Chair', 'Director']);
  });

  it('the relay never holds a name, email, phone or note; the same scan finds them when sealing is off', async () => {
    for (const sealed of [true, false]) {
      const { shared, ana, ben } = await pair({ sealed });
      const start = ana.map(HEADER);
      await ana.record(start, withStakeholder(start, { id: 'canary', ...CANARY, confidential: false }));
      await ana.sync();
      await ben.sync();
      expect((ben.map(HEADER).stakeholders as Stakeholder[]).some((s) => s.name === CANARY.name)).toBe(true);
      const hits = await canaryHits(shared.relayFolder, Object.values(CANARY));
      if (sealed) expect(hits).toEqual([]);
      else expect(hits.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('a confidential person never leaves the holder: not on the relay even decrypted, not on the other device', async () => {
    const { shared, ana, ben } = await pair();
    const before = sample();
    const after = withStakeholder(before, { id: 'held', ...CANARY, confidential: true }) as MapDocument;
    const withTie = { ...after, ties: [...after.ties, { ...after.ties[0], id: 'held-tie', source: 'held', target: after.stakeholders[0]?.id }] };
    await ana.record(ana.map(HEADER), withTie);
    await ana.sync();
    await ben.sync();
    const benMap = ben.map(HEADER);
    expect(JSON.stringify(benMap)).not.toContain(CANARY.name);
    expect(JSON.stringify(benMap)).not.toContain('held');
    const opened = await Promise.all(
      (await readdir(shared.relayFolder)).map(async (f) => shared.sealer.open({ id: f.slice(0, 32), ct: await readFile(join(shared.relayFolder, f), 'utf8') })),
    );
    expect(JSON.stringify(opened)).not.toContain(CANARY.name);
    expect(JSON.stringify(opened)).not.toContain('held');
    const anaSees = withHeldBack(ana.map(HEADER), withTie);
    expect((anaSees.stakeholders as Stakeholder[]).map((s) => s.id)).toContain('held');
    expect(canonical(anaSees).ties.map((t) => t.id)).toContain('held-tie');
  });

  it('a person removed by one organizer while the other edited them is flagged, not silently gone', async () => {
    const { ana, ben } = await pair();
    const start = ana.map(HEADER);
    const x = (start.stakeholders as Stakeholder[])[4];
    if (x === undefined) throw new Error('sample too small');
    const withoutX = { ...start, stakeholders: (start.stakeholders as Stakeholder[]).filter((s) => s.id !== x.id) };
    await ana.record(start, withoutX);
    await ben.record(start, editStakeholder(start, x.id, { notes: 'Called back on Tuesday' }));
    await ana.sync();
    await ben.sync();
    await ana.sync();
    for (const organizer of [ana, ben]) {
      const flagged = organizer.conflicts().filter((c) => c.kind === 'removed-while-edited');
      expect(flagged.map((c) => c.id)).toEqual([x.id]);
      expect(flagged[0]?.sentence).toBe(`Ana removed ${x.name} while it was being edited: keep or remove?`);
      expect((organizer.map(HEADER).stakeholders as Stakeholder[]).some((s) => s.id === x.id)).toBe(true);
    }
  });

  it('a change altered on the relay, or sealed with another key, is refused and never applied', async () => {
    const { dir, shared, ana, ben } = await pair();
    const before = canonical(ben.map(HEADER));
    const start = ana.map(HEADER);
    await ana.record(start, editStakeholder(start, (start.stakeholders as Stakeholder[])[1]?.id ?? '', { role: 'Altered?' }));
    const seenByBen = new Set(await filesUnder(shared.relayFolder));
    await ana.sync();
    const fresh = (await filesUnder(shared.relayFolder)).filter((f) => !seenByBen.has(f));
    expect(fresh).toHaveLength(1);
    for (const f of fresh) {
      const bytes = Buffer.from(await readFile(f, 'utf8'), 'base64');
      bytes[20] = (bytes[20] ?? 0) ^ 1;
      await writeFile(f, bytes.toString('base64'));
    }
    // A change sealed under another coalition's key, dropped into this relay.
    const stranger = coalition(join(dir, 'elsewhere'));
    const mallory = await stranger.organizer('Mallory');
    await mallory.share(sample());
    await mallory.sync();
    await shared.relay.push(await stranger.relay.pull(new Set()));
    const report = await ben.sync();
    expect(report.refused).toHaveLength(2);
    expect(report.received).toBe(0);
    expect(canonical(ben.map(HEADER))).toEqual(before);
  });

  it('one edit travels as one sealed change under 1 KB', async () => {
    const { shared, ana } = await pair();
    const before = new Set(await filesUnder(shared.relayFolder));
    const start = ana.map(HEADER);
    await ana.record(start, editStakeholder(start, (start.stakeholders as Stakeholder[])[3]?.id ?? '', { role: 'Treasurer' }));
    await ana.sync();
    const fresh = (await filesUnder(shared.relayFolder)).filter((f) => !before.has(f));
    expect(fresh).toHaveLength(1);
    expect((await readFile(fresh[0] ?? '')).length).toBeLessThan(1024);
  });

  it('edits made offline survive a restart and arrive exactly once', async () => {
    const { dir, shared, ana, ben } = await pair();
    let map = ana.map(HEADER);
    for (let i = 0; i < 5; i++) {
      const next = editStakeholder(map, (map.stakeholders as Stakeholder[])[i]?.id ?? '', { role: `Edited ${i}` });
      await ana.record(map, next);
      map = next;
    }
    expect(ana.status().waitingToSend).toBe(5);
    const fileText = await readFile(join(dir, 'Ana.sync.json'), 'utf8');
    expect(fileText).not.toContain('Edited');
    // The app is killed before syncing; it reopens from its sync file alone.
    const reopened = await shared.organizer('Ana', anaActor(ana));
    expect(reopened.status().waitingToSend).toBe(5);
    await reopened.sync();
    await reopened.sync();
    await ben.sync();
    const roles = (ben.map(HEADER).stakeholders as Stakeholder[]).map((s) => s.role).filter((r) => r.startsWith('Edited'));
    expect(roles).toEqual(['Edited 0', 'Edited 1', 'Edited 2', 'Edited 3', 'Edited 4']);
    expect(ben.status().changes).toBe(reopened.status().changes);
  });
});

function anaActor(peer: { map: unknown }): string {
  return (peer as unknown as { options: { actor: string } }).options.actor;
}
