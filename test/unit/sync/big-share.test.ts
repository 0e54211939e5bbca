// A first share of a big map is hundreds of thousands of field writes: they must be built without
// passing them all as one call's arguments (which overflows the stack, as the sync bench found).
import { describe, expect, it } from 'vitest';
import { opsBetween } from '../../../shared/sync/map-ops';

describe('writes for a big map', () => {
  it('builds the writes of 60,000 stakeholders', () => {
    const stakeholders = Array.from({ length: 60_000 }, (_, i) => ({ id: `s-${i}`, name: `Person ${i}`, role: 'Member' }));
    const ops = opsBetween({}, { stakeholders, ties: [] }, { by: 'actor-ana-0001', at: '' });
    expect(ops).toHaveLength(60_000 * 3);
    expect(ops.filter((op) => op.field === 'name')).toHaveLength(60_000);
  });
});
