import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';

function setup(historyLimit?: number) {
  const api = createFakeApi();
  let n = 0;
  const store = createAppStore(api, {
    now: () => '2025-03-01T10:00:00.000Z',
    newId: () => `id-${++n}`,
    ...(historyLimit ? { historyLimit } : {}),
  });
  return { api, store, a: store.actions };
}

const person = (name: string) => ({ ...blankDraft(), name });

describe('renderer store: commit after save', () => {
  it('opens the session map', async () => {
    const { store, a } = setup();
    await a.start();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().map?.coalition.name).toBe('Test coalition');
  });

  it('keeps the old map in memory until the save resolves, then commits exactly what was saved', async () => {
    const { api, store, a } = setup();
    await a.start();
    const release = api.holdSaves();
    const adding = a.saveStakeholder(null, { ...person('Ana Ruiz'), categories: ['directly-affected', 'influential'] }, false);
    await Promise.resolve();
    expect(store.getState().map?.stakeholders).toHaveLength(0);
    expect(store.getState().pendingSaves).toBe(1);
    release();
    expect(await adding).toBe('id-1');
    const map = store.getState().map;
    expect(map?.stakeholders.map((s) => s.name)).toEqual(['Ana Ruiz']);
    expect(api.onDisk()).toBe(map);
    expect(store.getState().selection).toBe('id-1');
    expect(store.getState().pendingSaves).toBe(0);
  });

  it('changes nothing and says so in plain words when the save fails', async () => {
    const { api, store, a } = setup();
    await a.start();
    const before = store.getState().map;
    api.failNextSave('ENOSPC: no space left on device');
    expect(await a.saveStakeholder(null, person('Ben'), false)).toBeNull();
    const state = store.getState();
    expect(state.map).toBe(before);
    expect(state.history.past).toHaveLength(0);
    expect(state.notices.at(-1)?.level).toBe('error');
    expect(state.notices.at(-1)?.message).toBe(
      'Could not save the new stakeholder “Ben”: ENOSPC: no space left on device. Nothing was changed; the map on disk is as it was.',
    );
  });

  it('reports an edit that is refused before saving anything', async () => {
    const { api, store, a } = setup();
    await a.start();
    expect(await a.addTie({ source: 'nobody', target: 'nobody-else', type: 'knows', strength: 2, trust: null, reportedBy: '', reportedAt: null, notes: '' })).toBeNull();
    expect(api.saved).toHaveLength(0);
    expect(store.getState().notices.at(-1)?.message).toMatch(/^Could not make the change \(the new tie\): No stakeholder with id "nobody"/);
  });

  it('runs quick edits in order, each computed from the one before', async () => {
    const { api, store, a } = setup();
    await a.start();
    const release = api.holdSaves();
    const first = a.saveStakeholder(null, person('One'), false);
    const second = a.saveStakeholder(null, person('Two'), false);
    release();
    await Promise.all([first, second]);
    expect(store.getState().map?.stakeholders.map((s) => s.name)).toEqual(['One', 'Two']);
    expect(api.saved.map((m) => m.stakeholders.length)).toEqual([1, 2]);
  });
});

describe('renderer store: undo and redo', () => {
  it('undoes and redoes, saving each step', async () => {
    const { api, store, a } = setup();
    await a.start();
    const id = await a.saveStakeholder(null, person('Cara'), false);
    await a.saveStakeholder(id, { ...person('Cara Lee'), role: 'Pastor' }, false);
    expect(await a.undo()).toBe(true);
    expect(store.getState().map?.stakeholders[0]?.name).toBe('Cara');
    expect(api.onDisk()?.stakeholders[0]?.name).toBe('Cara');
    expect(await a.undo()).toBe(true);
    expect(store.getState().map?.stakeholders).toHaveLength(0);
    expect(await a.undo()).toBe(false);
    expect(await a.redo()).toBe(true);
    expect(await a.redo()).toBe(true);
    expect(store.getState().map?.stakeholders[0]?.role).toBe('Pastor');
    expect(api.onDisk()).toBe(store.getState().map);
    expect(await a.redo()).toBe(false);
    expect(api.saved).toHaveLength(6);
  });

  it('forgets the redo branch after a new edit', async () => {
    const { store, a } = setup();
    await a.start();
    await a.saveStakeholder(null, person('A'), false);
    await a.undo();
    await a.saveStakeholder(null, person('B'), false);
    expect(store.getState().history.future).toHaveLength(0);
    expect(await a.redo()).toBe(false);
  });

  it('keeps the map where it is when an undo cannot be saved', async () => {
    const { api, store, a } = setup();
    await a.start();
    await a.saveStakeholder(null, person('A'), false);
    const before = store.getState();
    api.failNextSave('disk unplugged');
    expect(await a.undo()).toBe(false);
    expect(store.getState().map).toBe(before.map);
    expect(store.getState().history).toBe(before.history);
    expect(store.getState().notices.at(-1)?.message).toContain('Could not save the undo: disk unplugged.');
  });

  it('keeps at most the configured number of undo steps', async () => {
    const { store, a } = setup(3);
    await a.start();
    for (const name of ['1', '2', '3', '4', '5']) await a.saveStakeholder(null, person(name), false);
    expect(store.getState().history.past).toHaveLength(3);
    while (await a.undo());
    expect(store.getState().map?.stakeholders.map((s) => s.name)).toEqual(['1', '2']);
  });

  it('saves layout positions without adding an undo step', async () => {
    const { api, store, a } = setup();
    await a.start();
    const id = await a.saveStakeholder(null, person('A'), false);
    const steps = store.getState().history.past.length;
    await a.setPositions(new Map([[id ?? '', { x: 10, y: 20 }]]), false);
    expect(store.getState().history.past).toHaveLength(steps);
    expect(api.onDisk()?.stakeholders[0]?.position).toEqual({ x: 10, y: 20 });
  });

  it('starts a fresh history when another map is opened', async () => {
    const { store, a } = setup();
    await a.start();
    await a.saveStakeholder(null, person('A'), false);
    await a.newMap('empty', 'Second coalition');
    expect(store.getState().map?.coalition.name).toBe('Second coalition');
    expect(store.getState().history.past).toHaveLength(0);
    expect(await a.undo()).toBe(false);
  });

  it('sets and clears the anchor organization in the same step as the edit', async () => {
    const { store, a } = setup();
    await a.start();
    const id = await a.saveStakeholder(null, { ...person('Safe Harbor'), kind: 'organization' }, true);
    expect(store.getState().map?.coalition.anchorId).toBe(id);
    await a.undo();
    expect(store.getState().map?.coalition.anchorId).toBeNull();
    await a.redo();
    await a.saveStakeholder(id, { ...person('Safe Harbor'), kind: 'organization' }, false);
    expect(store.getState().map?.coalition.anchorId).toBeNull();
  });

  it('keeps a node where it was dragged when a form opened before the drag is saved', async () => {
    const { store, a } = setup();
    await a.start();
    const id = (await a.saveStakeholder(null, { ...person('Dee'), position: { x: 1, y: 1 } }, false)) ?? '';
    const formCopy = { ...person('Dee'), position: { x: 1, y: 1 } };
    await a.setPositions(new Map([[id, { x: 300, y: 200 }]]), true);
    await a.saveStakeholder(id, { ...formCopy, role: 'Organizer' }, false);
    const saved = store.getState().map?.stakeholders[0];
    expect(saved?.role).toBe('Organizer');
    expect(saved?.position).toEqual({ x: 300, y: 200 });
  });
});
