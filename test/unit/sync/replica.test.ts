// The shared state is the same on every device that applied the same changes, whatever order and
// however often they arrived: random edits by three organizers, delivered in random orders.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, SetOp } from '../../../shared/sync/change';
import { openConflicts } from '../../../shared/sync/conflicts';
import { mapOf } from '../../../shared/sync/map-ops';
import { SharedReplica } from '../../../shared/sync/replica';

const HEADER = { format: 'coalition-map', version: 2 };
const ACTORS = ['actor-aaaa', 'actor-bbbb', 'actor-cccc'] as const;

function setName(id: string, name: string): SetOp {
  return { table: 'stakeholders', id, field: 'name', value: name };
}

/** Each organizer edits its own replica; every so often it hears everything sent so far. */
function history(steps: readonly { actor: number; id: number; value: string; hear: boolean }[]): Change[] {
  const replicas = ACTORS.map(() => new SharedReplica());
  const sent: Change[] = [];
  for (const step of steps) {
    const replica = replicas[step.actor];
    if (replica === undefined) throw new Error('no such actor');
    if (step.hear) replica.receive(sent);
    sent.push(replica.commit(ACTORS[step.actor] ?? '', [setName(`s${step.id}`, step.value)], '2026-01-01T00:00:00Z'));
  }
  return sent;
}

const steps = fc.array(
  fc.record({ actor: fc.integer({ min: 0, max: 2 }), id: fc.integer({ min: 0, max: 3 }), value: fc.string({ maxLength: 4 }), hear: fc.boolean() }),
  { minLength: 1, maxLength: 30 },
);

describe('SharedReplica', () => {
  it('converges for any delivery order, with duplicates', () => {
    fc.assert(
      fc.property(steps, fc.infiniteStream(fc.nat()), (s, seeds) => {
        const changes = history(s);
        const inOrder = new SharedReplica();
        inOrder.receive(changes);
        const shuffled = [...changes, ...changes].map((c) => ({ c, k: seeds.next().value })).sort((a, b) => a.k - b.k).map((x) => x.c);
        const scrambled = new SharedReplica();
        for (const change of shuffled) scrambled.receive([change]);
        expect(mapOf(scrambled, HEADER)).toEqual(mapOf(inOrder, HEADER));
        expect(openConflicts(scrambled)).toEqual(openConflicts(inOrder));
        expect(scrambled.vector()).toEqual(inOrder.vector());
      }),
      { numRuns: 200 },
    );
  });

  it('keeps both values of a field written without seeing each other, and one value once settled', () => {
    const a = new SharedReplica();
    const b = new SharedReplica();
    const base = a.commit('actor-aaaa', [setName('x', 'Ana'), { table: 'stakeholders', id: 'x', field: '$removed', value: null }], 't');
    b.receive([base]);
    const fromA = a.commit('actor-aaaa', [setName('x', 'Ana Lima')], 't');
    const fromB = b.commit('actor-bbbb', [setName('x', 'Ana L.')], 't');
    a.receive([fromB]);
    b.receive([fromA]);
    const conflicts = openConflicts(a);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'two-values', field: 'name' });
    expect(mapOf(a, HEADER)).toEqual(mapOf(b, HEADER));
    const settled = a.commit('actor-aaaa', [setName('x', 'Ana Lima')], 't');
    b.receive([settled]);
    expect(openConflicts(b)).toEqual([]);
    expect(mapOf(b, HEADER).stakeholders).toEqual([{ id: 'x', name: 'Ana Lima' }]);
  });

  it('waits for a change whose earlier changes have not arrived, then applies it', () => {
    const a = new SharedReplica();
    const first = a.commit('actor-aaaa', [setName('x', 'one')], 't');
    const second = a.commit('actor-aaaa', [setName('x', 'two')], 't');
    const b = new SharedReplica();
    expect(b.receive([second])).toEqual({ applied: 0, waiting: 1 });
    expect(b.receive([first])).toEqual({ applied: 2, waiting: 0 });
  });
});
