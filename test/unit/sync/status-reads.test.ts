// The window asks for the sharing status every 1.5 s, and the organizers and open conflicts are read
// from the whole shared state (tens of ms at 20,000 stakeholders), so they are kept until the state
// changes: the replica's revision moves with every change applied and every snapshot taken in, never
// with a read, and what the status says is always that of the state as it is.
import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../../shared/model';
import { keepValue } from '../../../shared/sync/conflicts';
import { SharedReplica } from '../../../shared/sync/replica';
import { sampleCoalition } from '../../../shared/sample';
import type { MapLike } from '../../../shared/sync/map-ops';
import { useTempDirs } from '../store/helpers/temp-dir';
import { coalition, HEADER } from './helpers/organizers';

const tempDir = useTempDirs();

function renamed(map: MapLike, id: string, name: string): MapLike {
  return { ...map, stakeholders: (map.stakeholders as Stakeholder[]).map((s) => (s.id === id ? { ...s, name } : s)) };
}

describe('what the status reads from the shared state', () => {
  it('the revision moves with each change applied or snapshot taken in, not with a read, a duplicate or a change still waiting', () => {
    const a = new SharedReplica();
    const first = a.commit('actor-aaaa', [{ table: 'stakeholders', id: 'x', field: 'name', value: 'Ana' }], 't');
    const second = a.commit('actor-aaaa', [{ table: 'stakeholders', id: 'x', field: 'name', value: 'Ana Lima' }], 't');
    expect(a.revision).toBe(2);
    a.recordsOf('stakeholders');
    const b = new SharedReplica();
    b.receive([second]);
    expect(b.revision).toBe(0);
    b.receive([first, first]);
    expect(b.revision).toBe(2);
    const c = new SharedReplica();
    c.absorb(a.exportState());
    expect(c.revision).toBe(1);
  });

  it('says the organizers and conflicts of the state as it is, after every change', async () => {
    const shared = coalition(await tempDir());
    const ana = await shared.organizer('Ana');
    await ana.share(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
    await ana.sync();
    expect(ana.members()).toEqual(['Ana']);
    const ben = await shared.organizer('Ben');
    await ben.join();
    await ana.sync();
    expect(ana.members()).toEqual(['Ana', 'Ben']);

    const start = ana.map(HEADER);
    const x = (start.stakeholders as Stakeholder[]).find((s) => s.confidential === false)!;
    await ana.record(start, renamed(start, x.id, 'Ana’s name for them'));
    await ben.record(ben.map(HEADER), renamed(ben.map(HEADER), x.id, 'Ben’s name for them'));
    expect(ana.conflicts()).toEqual([]);
    await ben.sync();
    await ana.sync();
    const [conflict] = ana.conflicts();
    expect(conflict).toMatchObject({ kind: 'two-values', id: x.id, field: 'name' });
    if (conflict?.kind !== 'two-values') throw new Error('no conflict');
    await ana.write([keepValue(conflict, 0)]);
    expect(ana.conflicts()).toEqual([]);
  });
});
