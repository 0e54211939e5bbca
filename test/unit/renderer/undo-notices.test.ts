// A notice that says "Undo takes it back" stays true: a later undoable edit ends it (Undo would now
// take back the later one), layout bookkeeping in between does not, and undoing through such
// bookkeeping still ends the notice of the edit undone.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';

async function setup() {
  let n = 0;
  const store = createAppStore(createFakeApi(), { now: () => '2025-03-01T10:00:00.000Z', newId: () => `id-${++n}`, settings: null });
  await store.actions.start();
  const ana = await store.actions.saveStakeholder(null, { ...blankDraft(), name: 'Ana Ruiz' }, false);
  if (ana === null) throw new Error('setup could not add Ana');
  return { store, a: store.actions, ana, messages: () => store.getState().notices.map((x) => x.message) };
}

describe('undo notices', () => {
  it('end when a later edit becomes what Undo takes back', async () => {
    const { a, ana, messages } = await setup();
    a.notifyUndoable('info', 'Saved your changes to “Ana Ruiz”. Undo takes them back.');
    await a.setPositions(new Map([[ana, { x: 10, y: 20 }]]), false);
    expect(messages()).toContain('Saved your changes to “Ana Ruiz”. Undo takes them back.');
    expect(await a.saveStakeholder(null, { ...blankDraft(), name: 'Ben Okafor' }, false)).not.toBeNull();
    expect(messages()).not.toContain('Saved your changes to “Ana Ruiz”. Undo takes them back.');
  });

  it('end on an undo made after layout bookkeeping', async () => {
    const { a, ana, messages } = await setup();
    a.notifyUndoable('info', 'Added Ana Ruiz. Undo takes it back.');
    await a.setPositions(new Map([[ana, { x: 10, y: 20 }]]), false);
    await a.undo();
    expect(messages()).not.toContain('Added Ana Ruiz. Undo takes it back.');
  });
});
