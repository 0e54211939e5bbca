// A small map built with the real edit functions, for the renderer's pure graph tests.
import { addStakeholder, addTie, updateCoalition, type StakeholderDraft } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';

export function smallMap(): MapDocument {
  let n = 0;
  const ctx = { now: '2025-02-01T09:00:00.000Z', newId: () => `s${++n}` };
  let map = emptyMap('Riverside Safety Network');
  const add = (draft: Partial<StakeholderDraft>) => {
    map = addStakeholder(map, { ...blankDraft(), ...draft }, ctx).map;
  };
  add({ name: 'Maria Lopez', categories: ['directly-affected', 'influential'], stage: 'core', confidential: true, position: { x: 0, y: 0 } });
  add({ name: 'Haven House', kind: 'organization', categories: ['service-provider'], stage: 'member', position: { x: 100, y: 0 } });
  add({ name: 'Council member Ortiz', categories: ['policymaker'], stage: 'to-contact', position: { x: 0, y: 100 } });
  add({ name: 'Unsorted Person', stage: 'mapped', role: 'Librarian', tags: ['library'] });
  const tie = (source: string, target: string, type: 'knows' | 'conflict' | 'refers-to') => {
    map = addTie(map, { source, target, type, strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' }, { ...ctx, newId: () => `t${++n}` }).map;
  };
  tie('s1', 's2', 'knows');
  tie('s2', 's3', 'refers-to');
  tie('s1', 's3', 'conflict');
  map = updateCoalition(map, { anchorId: 's2' });
  return map;
}
