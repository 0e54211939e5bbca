// The bulk bar's store side: shift-click ranges, and each bulk change is one save and one undo step.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { checkedAfterClick } from '../../../renderer/src/state/core/bulk-actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';

describe('checkedAfterClick', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('toggles one row, or a shift range from the last clicked row either way', () => {
    expect(checkedAfterClick(order, [], null, 'b', true, false)).toEqual(['b']);
    expect(checkedAfterClick(order, ['b'], 'b', 'd', true, true)).toEqual(['b', 'c', 'd']);
    expect(checkedAfterClick(order, ['b', 'c', 'd'], 'd', 'a', false, true)).toEqual([]);
    expect(checkedAfterClick(order, ['a', 'e'], 'e', 'c', true, true)).toEqual(['a', 'c', 'd', 'e']);
    // Rows checked but filtered out of view stay checked.
    expect(checkedAfterClick(order, ['zz'], null, 'a', true, true)).toEqual(['a', 'zz']);
  });
});

describe('bulk edits in the store', () => {
  async function setup() {
    const api = createFakeApi();
    let n = 0;
    const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z', newId: () => `id-${++n}`, settings: null });
    await store.actions.start();
    for (const name of ['Ana', 'Ben', 'Cy']) await store.actions.saveStakeholder(null, { ...blankDraft(), name }, false);
    return { api, store, a: store.actions };
  }

  it('sets the stage of the checked people in one save and one undo step', async () => {
    const { api, store, a } = await setup();
    const saves = api.saved.length;
    a.setChecked(['id-1', 'id-3']);
    expect(await a.bulkEdit({ kind: 'stage', stage: 'member' })).toBe(2);
    expect(api.saved.length).toBe(saves + 1);
    expect(store.getState().map?.stakeholders.map((s) => s.stage)).toEqual(['member', 'mapped', 'member']);
    expect(store.getState().notices.at(-1)?.message).toBe('Set the stage of 2 stakeholders to Member. Undo takes it back.');
    await a.undo();
    expect(store.getState().map?.stakeholders.map((s) => s.stage)).toEqual(['mapped', 'mapped', 'mapped']);
    expect(store.getState().notices.some((x) => x.message.startsWith('Set the stage'))).toBe(false);
  });

  it('deletes the checked people as one step and brings them all back with one undo', async () => {
    const { store, a } = await setup();
    a.select('id-2');
    a.setChecked(['id-1', 'id-2']);
    expect(await a.bulkDelete()).toBe(2);
    expect(store.getState().map?.stakeholders.map((s) => s.name)).toEqual(['Cy']);
    expect(store.getState().checked).toEqual([]);
    expect(store.getState().panel).toBe('closed');
    await a.undo();
    expect(store.getState().map?.stakeholders.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy']);
  });
});
