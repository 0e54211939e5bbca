// The store sends edits as patches against the revision the Node side named when it opened the map
// (so even the first save after opening is a patch), the map on the other side always equals the window's, and a
// refusal as stale (someone else saved in between) falls back to the whole map.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

async function setup() {
  const api = createFakeApi(smallMap(), { revisions: true });
  let n = 0;
  const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z', newId: () => `n${++n}` });
  await store.actions.start();
  return { api, store, a: store.actions };
}

describe('patch saves from the window', () => {
  it('saves every edit as a patch, the first after opening too, keeping both sides equal', async () => {
    const { api, store, a } = await setup();
    await a.saveStakeholder(null, { ...blankDraft(), name: 'One' }, false);
    await a.saveStakeholder(null, { ...blankDraft(), name: 'Two' }, false);
    await a.undo();
    expect(api.saveKinds).toEqual(['patch', 'patch', 'patch']);
    expect(api.onDisk()).toEqual(store.getState().map);
  });

  it('falls back to the whole map when the patch is refused as stale', async () => {
    const { api, store, a } = await setup();
    await a.saveStakeholder(null, { ...blankDraft(), name: 'One' }, false);
    // Another save lands on the Node side (as a purge would), so the window's base is stale.
    await api.saveMap({ map: store.getState().map! });
    await a.saveStakeholder(null, { ...blankDraft(), name: 'Two' }, false);
    expect(api.saveKinds).toEqual(['patch', 'whole', 'whole']);
    expect(api.onDisk()).toEqual(store.getState().map);
    expect(store.getState().notices.filter((n) => n.level === 'error')).toEqual([]);
  });
});
