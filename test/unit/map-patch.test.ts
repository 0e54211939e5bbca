// Patch saves: for any run of real edits, the patch of the change rebuilt on the map before it
// is the map after it (also after the contract's own parsing), sections left out stay as they
// are, and what a patch cannot say (a new order, a huge change) goes as a whole map instead.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addStakeholder, addTie, removeStakeholder, removeTie, updateCoalition, updateStakeholder, type EditContext } from '../../shared/edits';
import { applyMapPatch, diffMaps, mapPatchSchema, MAX_PATCH_ITEMS, type MapPatch } from '../../shared/map-patch';
import { patchItems, splitPatch, wholeMapPatch } from '../../shared/map-patch-parts';
import type { MapDocument } from '../../shared/model';
import { taskSchema } from '../../shared/journey/schema';
import { sampleCoalition } from '../../shared/sample';

const NOW = '2025-03-01T10:00:00.000Z';
const base = sampleCoalition({ now: NOW });
const { id: _tieId, createdAt: _tc, updatedAt: _tu, ...tieDraft } = base.ties[0]!;

type Step = { kind: 'add' | 'rename' | 'remove' | 'tie' | 'untie' | 'coalition' | 'task'; pick: number };
const step = fc.record({ kind: fc.constantFrom<Step['kind']>('add', 'rename', 'remove', 'tie', 'untie', 'coalition', 'task'), pick: fc.nat(1_000) });

function run(map: MapDocument, s: Step, ctx: EditContext): MapDocument {
  const someone = map.stakeholders[s.pick % Math.max(1, map.stakeholders.length)];
  const other = map.stakeholders[(s.pick * 7 + 3) % Math.max(1, map.stakeholders.length)];
  switch (s.kind) {
    case 'add': {
      const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = base.stakeholders[s.pick % base.stakeholders.length]!;
      return addStakeholder(map, { ...draft, name: `New ${s.pick}` }, ctx).map;
    }
    case 'rename':
      return someone ? updateStakeholder(map, someone.id, { name: `Renamed ${s.pick}` }, ctx) : map;
    case 'remove':
      return someone ? removeStakeholder(map, someone.id) : map;
    case 'tie':
      return someone && other && someone.id !== other.id
        ? addTie(map, { ...tieDraft, source: someone.id, target: other.id }, ctx).map
        : map;
    case 'untie': {
      const tie = map.ties[s.pick % Math.max(1, map.ties.length)];
      return tie ? removeTie(map, tie.id) : map;
    }
    case 'coalition':
      return updateCoalition(map, { name: `Coalition ${s.pick}` });
    case 'task':
      return { ...map, tasks: [...map.tasks, taskSchema.parse({ id: `task-${s.pick}-${map.tasks.length}`, title: 'Call back' })] };
  }
}

describe('map patches', () => {
  it('rebuild the map after any run of edits from the map before it, through the contract’s parsing', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        let n = 0;
        const ctx: EditContext = { now: NOW, newId: () => `gen-${++n}` };
        const after = steps.reduce((map, s) => run(map, s, ctx), base);
        const patch = diffMaps(base, after);
        expect(patch).not.toBeNull();
        const rebuilt = applyMapPatch(base, mapPatchSchema.parse(JSON.parse(JSON.stringify(patch))));
        expect(rebuilt).toEqual(after);
      }),
      { numRuns: 200 },
    );
  });

  it('cut into parts of at most N items, applied one after another, rebuild the same map (map-patch-parts.ts)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 4 }), (steps, maxItems) => {
        let n = 0;
        const ctx: EditContext = { now: NOW, newId: () => `gen-${++n}` };
        const after = steps.reduce((map, s) => run(map, s, ctx), base);
        const patch = diffMaps(base, after)!;
        const parts = splitPatch(patch, maxItems);
        for (const part of parts) expect(patchItems(part)).toBeLessThanOrEqual(maxItems);
        const applyAll = (from: MapDocument, list: readonly MapPatch[]) => list.reduce((map, part) => applyMapPatch(map, mapPatchSchema.parse(JSON.parse(JSON.stringify(part)))), from);
        expect(applyAll(base, parts)).toEqual(after);
        // The whole map, in parts, against a map with empty lists and no sections.
        const empty = { format: after.format, version: after.version, stakeholders: [], ties: [] } as unknown as MapDocument;
        expect(applyAll(empty, splitPatch(wholeMapPatch(after), maxItems))).toEqual(after);
      }),
      { numRuns: 200 },
    );
  });

  it('carry only what changed: one renamed stakeholder, nothing else', () => {
    const someone = base.stakeholders[3]!;
    const after = updateStakeholder(base, someone.id, { name: 'Someone else' }, { now: NOW });
    const patch = diffMaps(base, after)!;
    expect(patch.stakeholders.upsert.map((s) => s.id)).toEqual([someone.id]);
    expect([patch.stakeholders.remove, patch.ties.upsert, patch.ties.remove, patch.sections]).toEqual([[], [], [], {}]);
  });

  it('leave sections out of a patch as they are on disk, never as the schema’s empty default', () => {
    const withTask = run(base, { kind: 'task', pick: 1 }, { now: NOW, newId: () => 'x' });
    const renamed = updateCoalition(withTask, { name: 'Renamed' });
    const parsed = mapPatchSchema.parse(JSON.parse(JSON.stringify(diffMaps(withTask, renamed))));
    expect(Object.keys(parsed.sections)).toEqual(['coalition']);
    expect(applyMapPatch(withTask, parsed).tasks).toEqual(withTask.tasks);
  });

  it('are not made for a new order, a section set to nothing, or a change too big to be worth it', () => {
    expect(diffMaps(base, { ...base, stakeholders: [...base.stakeholders].reverse() })).toBeNull();
    expect(diffMaps(base, { ...base, snapshotSchedule: undefined, ...{} } as MapDocument)).toEqual(diffMaps(base, base));
    expect(diffMaps({ ...base, snapshotSchedule: 'monthly' }, { ...base, snapshotSchedule: undefined })).toBeNull();
    const many = Array.from({ length: MAX_PATCH_ITEMS + 1 }, (_, i) => ({ ...base.stakeholders[0]!, id: `bulk-${i}` }));
    expect(diffMaps(base, { ...base, stakeholders: [...base.stakeholders, ...many] })).toBeNull();
  });

  it('refuse to remove what the map on disk does not have', () => {
    const patch = { stakeholders: { upsert: [], remove: ['nobody'] }, ties: { upsert: [], remove: [] }, sections: {} };
    expect(() => applyMapPatch(base, patch)).toThrow('the change removes stakeholder "nobody", which the saved map does not have');
  });
});
