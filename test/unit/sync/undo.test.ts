// Undo respects others, with two organizers, real sync files and a folder relay: undoing your own
// change takes back only your fields, and undoing a field someone changed since is refused in words.
// Check 6 of the sync design.
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';
import type { MapLike } from '../../../shared/sync/map-ops';
import { useTempDirs } from '../store/helpers/temp-dir';
import { coalition, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

function edit(map: MapLike, id: string, change: Partial<Stakeholder>): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

function person(map: MapLike, id: string): Stakeholder | undefined {
  return (map.stakeholders as Stakeholder[]).find((s) => s.id === id);
}

async function pair() {
  const shared = coalition(await tempDir());
  const ana = await shared.organizer('Ana');
  await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
  await ana.sync();
  const ben = await shared.organizer('Ben');
  await ben.join();
  await ana.sync();
  const x = (ana.map(HEADER).stakeholders as Stakeholder[]).find((s) => s.stage !== 'core');
  if (x === undefined) throw new Error('sample has no one to move');
  return { ana, ben, x };
}

describe('undo in a shared map', () => {
  it('takes back your own field and keeps what another organizer changed since', async () => {
    const { ana, ben, x } = await pair();
    const start = ana.map(HEADER);
    await ana.record(start, edit(start, x.id, { stage: 'core' }));
    await ana.sync();
    await ben.sync();
    const seen = ben.map(HEADER);
    await ben.record(seen, edit(seen, x.id, { phone: '555 0142' }));
    await ben.sync();
    await ana.sync();
    expect(await ana.undo()).toEqual({ undone: true, message: 'Your last change was undone.' });
    await ana.sync();
    await ben.sync();
    for (const organizer of [ana, ben]) expect(person(organizer.map(HEADER), x.id)).toMatchObject({ stage: x.stage, phone: '555 0142' });
    expect(mapDocumentSchema.parse(ana.map(HEADER))).toEqual(mapDocumentSchema.parse(ben.map(HEADER)));
    expect(await ana.undo()).toEqual({ undone: false, message: 'Nothing of yours to undo.' });
  });

  it('refuses, in words, to undo a field another organizer changed since, and writes nothing', async () => {
    const { ana, ben, x } = await pair();
    const start = ana.map(HEADER);
    await ana.record(start, edit(start, x.id, { role: 'Director' }));
    await ana.sync();
    await ben.sync();
    const seen = ben.map(HEADER);
    await ben.record(seen, edit(seen, x.id, { role: 'Chair' }));
    await ben.sync();
    await ana.sync();
    const before = mapDocumentSchema.parse(ana.map(HEADER));
    const waiting = ana.status().waitingToSend;
    expect(await ana.undo()).toEqual({ undone: false, message: `Not undone: Ben changed role of ${x.name} since your change.` });
    expect(mapDocumentSchema.parse(ana.map(HEADER))).toEqual(before);
    expect(ana.status().waitingToSend).toBe(waiting);
  });

  it('names a field of two words in words, in the refusal and in the conflict', async () => {
    const { ana, ben, x } = await pair();
    const start = ana.map(HEADER);
    await ana.record(start, edit(start, x.id, { consentUntil: '2027-01-31' }));
    const seen = ben.map(HEADER);
    await ben.record(seen, edit(seen, x.id, { consentUntil: '2027-06-30' }));
    await ben.sync();
    await ana.sync();
    expect(ana.conflicts().map((c) => c.sentence)).toEqual([`${x.name}: consent until changed by Ana and Ben`]);
    expect(await ana.undo()).toEqual({ undone: false, message: `Not undone: Ben changed consent until of ${x.name} since your change.` });
  });

  it('undoing an added person removes them again', async () => {
    const { ana, ben, x } = await pair();
    const start = ana.map(HEADER);
    await ana.record(start, { ...start, stakeholders: [...(start.stakeholders as Stakeholder[]), { ...x, id: 'added-now', name: 'Added Now' }] });
    expect(person(ana.map(HEADER), 'added-now')).toBeDefined();
    expect((await ana.undo()).undone).toBe(true);
    await ana.sync();
    await ben.sync();
    expect(person(ben.map(HEADER), 'added-now')).toBeUndefined();
    expect(mapDocumentSchema.parse(ana.map(HEADER))).toEqual(mapDocumentSchema.parse(ben.map(HEADER)));
  });
});
