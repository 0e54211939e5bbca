// After a restart the shared map's merged state is compared with the map file a record at a time
// (same-map.ts), so the main process stays free meanwhile and the window is not sent the whole map
// again when nothing is new. The answer must be exactly what checking the whole merged map and
// comparing it as JSON gives: these cases compare both.
import { describe, expect, it } from 'vitest';
import { sameAsSaved } from '../../../electron/main/backend/same-map';
import type { MapDocument } from '../../../shared/model';
import { sampleCoalition } from '../../../shared/sample';
import { mapDocumentSchema } from '../../../shared/schema';

const saved: MapDocument = mapDocumentSchema.parse(sampleCoalition({ now: '2026-03-01T10:00:00.000Z' }));
const never = async () => undefined;

/** The old whole-map answer: the merged map checked, then compared with the saved one as JSON. */
function wholeMapSame(merged: Record<string, unknown>): boolean {
  const checked = mapDocumentSchema.safeParse(merged);
  return checked.success && JSON.stringify(checked.data) === JSON.stringify(saved);
}

/** As the sync's merge gives it back: keys in another order, fields the schema defaults left out. */
function asMerged(map: MapDocument): Record<string, unknown> {
  const reversed = (o: object) => Object.fromEntries(Object.entries(o).reverse().filter(([, v]) => v !== null));
  return reversed({ ...map, stakeholders: map.stakeholders.map(reversed), ties: map.ties.map(reversed) });
}

describe('the merged shared map against the saved one', () => {
  it('is the same when only key order and defaulted fields differ, as the whole-map check says', async () => {
    const merged = asMerged(saved);
    expect(JSON.stringify(merged)).not.toBe(JSON.stringify(saved));
    expect(wholeMapSame(merged)).toBe(true);
    expect(await sameAsSaved(merged, saved, never)).toBe(true);
  });

  it('differs when a record, a tie or the coalition changed, a record does not check, or a field is unknown', async () => {
    const [first, second] = saved.stakeholders;
    const cases: Record<string, unknown>[] = [
      asMerged({ ...saved, stakeholders: saved.stakeholders.map((s) => (s.id === second!.id ? { ...s, role: 'Treasurer' } : s)) }),
      asMerged({ ...saved, ties: saved.ties.map((t, i) => (i === saved.ties.length - 1 ? { ...t, strength: t.strength === 3 ? 2 : 3 } : t)) }),
      asMerged({ ...saved, ties: saved.ties.slice(1) }),
      asMerged({ ...saved, coalition: { ...saved.coalition, name: 'Renamed coalition' } }),
      asMerged({ ...saved, stakeholders: saved.stakeholders.map((s) => (s.id === first!.id ? { ...s, name: '' } : s)) }),
      { ...asMerged(saved), unknownField: 1 },
    ];
    for (const merged of cases) {
      expect(wholeMapSame(merged)).toBe(false);
      expect(await sameAsSaved(merged, saved, never)).toBe(false);
    }
  });

  it('lets the event loop run between records', async () => {
    let pauses = 0;
    expect(
      await sameAsSaved(asMerged(saved), saved, async () => {
        pauses += 1;
      }),
    ).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(saved.stakeholders.length + saved.ties.length);
  });
});
