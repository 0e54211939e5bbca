// What the import says when the map changed between the review and Import: the row is named by
// the person's name (or as "a confidential row"), never by the app's internal ids.
import { describe, expect, it } from 'vitest';
import { planReconciliation } from '../../../shared/exchange/reconcile';
import { applyReconciliation } from '../../../shared/exchange/reconcile-apply';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { NOW, sampleMap } from './export-fixtures';

/** The plan of re-importing `person` (a fresh copy with a new id), applied to the map without them. */
function applyAfterRemoval(map: MapDocument, person: Stakeholder): () => unknown {
  const arriving = { ...person, id: 'incoming-1' };
  const plan = planReconciliation(map.stakeholders, [arriving]);
  expect(plan.entries[0]).toMatchObject({ action: 'update', targetId: person.id });
  const removed = { ...map, stakeholders: map.stakeholders.filter((s) => s.id !== person.id), ties: map.ties.filter((t) => t.source !== person.id && t.target !== person.id) };
  return () => applyReconciliation(removed, { stakeholders: [arriving], ties: [] }, plan, {}, { now: NOW, file: 'partners.csv' });
}

describe('an import whose review went stale', () => {
  const map = sampleMap();

  it('names the row by the person\'s name, not by an id', () => {
    const open = map.stakeholders.find((s) => !s.confidential && s.kind === 'person');
    if (!open) throw new Error('fixture: no open person');
    const apply = applyAfterRemoval(map, open);
    expect(apply).toThrow(`partners.csv: the row for “${open.name}” would update a stakeholder no longer on the map (removed since the review?); import the file again`);
    expect(apply).not.toThrow(open.id);
  });

  it('names a confidential row only as one', () => {
    const hidden = map.stakeholders.find((s) => s.confidential);
    if (!hidden) throw new Error('fixture: no confidential person');
    const apply = applyAfterRemoval(map, hidden);
    expect(apply).toThrow('partners.csv: a confidential row would update a stakeholder no longer on the map');
    expect(apply).not.toThrow(hidden.name);
  });
});
