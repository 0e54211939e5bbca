// The profile and recent-maps actions of the window's store: a profile save is one save and one
// undo step; a File > Open recent pick from the native menu opens like any other map.
import { describe, expect, it } from 'vitest';
import type { MapProblem, OpenedMap, RecentMap } from '../../../shared/ipc';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { draftFromCoalition, removeService, validateDraft } from '../../../renderer/src/views/profile/profile-draft';
import { createFakeApi } from './fake-api';
import { smallMap } from './map-fixture';

describe('saving the coalition profile', () => {
  it('saves once, commits, and undoes in one step', async () => {
    const map = smallMap();
    const api = createFakeApi(map);
    const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z' });
    await store.actions.start();
    const draft = { ...draftFromCoalition(map.coalition), mission: 'No one waits alone.' };
    const checked = validateDraft(draft, map);
    if (!('profile' in checked)) throw new Error('the draft should be valid');
    expect(await store.actions.saveProfile(checked.profile)).toBe(true);
    expect(api.saved).toHaveLength(1);
    expect(store.getState().map?.coalition.mission).toBe('No one waits alone.');
    expect(store.getState().history.past).toHaveLength(1);
    expect(await store.actions.undo()).toBe(true);
    expect(store.getState().map?.coalition.mission).toBe('');
    expect(api.onDisk()?.coalition.mission).toBe('');
  });

  it('takes a removed service off its providers in the same save', async () => {
    const base = smallMap();
    const map = { ...base, stakeholders: base.stakeholders.map((s) => (s.id === 's2' ? { ...s, services: ['housing'] } : s)) };
    const api = createFakeApi(map);
    const store = createAppStore(api, { now: () => '2025-03-01T10:00:00.000Z' });
    await store.actions.start();
    const checked = validateDraft(removeService(draftFromCoalition(map.coalition), 'housing'), map);
    if (!('profile' in checked)) throw new Error('the draft should be valid');
    expect(await store.actions.saveProfile(checked.profile)).toBe(true);
    expect(api.saved).toHaveLength(1);
    expect(api.onDisk()?.stakeholders.find((s) => s.id === 's2')?.services).toEqual([]);
  });

  it('keeps the map and explains when the save fails', async () => {
    const map = smallMap();
    const api = createFakeApi(map);
    const store = createAppStore(api);
    await store.actions.start();
    api.failNextSave('EACCES: permission denied');
    expect(await store.actions.saveProfile({ ...map.coalition, area: 'Eastside' })).toBe(false);
    expect(store.getState().map).toBe(map);
    expect(store.getState().notices.at(-1)?.message).toMatch(/^Could not save the coalition profile: EACCES/);
  });
});

describe('recent maps', () => {
  function setupWithMenu(open: (path: string) => Promise<OpenedMap | MapProblem>) {
    let menuListener: ((path: string) => void) | null = null;
    const recent: RecentMap[] = [{ path: '/maps/a.coalition.json', fileName: 'a.coalition.json', coalitionName: 'A', openedAt: '2025-01-01T00:00:00.000Z' }];
    const api = {
      ...createFakeApi(smallMap()),
      openRecent: ({ path }: { path: string }) => open(path),
      listRecent: async () => recent,
      onMenuOpenRecent: (listener: (path: string) => void) => {
        menuListener = listener;
        return () => {
          menuListener = null;
        };
      },
    };
    const store = createAppStore(api);
    const unsubscribe = store.listenToMenuOpenRecent();
    const pick = (path: string) => {
      if (!menuListener) throw new Error('the store did not subscribe to File > Open recent');
      menuListener(path);
    };
    return { store, pick, unsubscribe, isListening: () => menuListener !== null };
  }

  it('opens the map picked in the native menu, and lists the recent maps', async () => {
    const other = { ...smallMap(), coalition: { ...smallMap().coalition, name: 'Eastside Network' } };
    const { store, pick, unsubscribe, isListening } = setupWithMenu(async (path) => ({
      status: 'opened',
      file: { path, fileName: 'a.coalition.json' },
      map: other,
      notices: [],
    }));
    await store.actions.start();
    pick('/maps/a.coalition.json');
    await store.idle();
    expect(store.getState().map?.coalition.name).toBe('Eastside Network');
    expect(store.getState().file?.fileName).toBe('a.coalition.json');
    expect((await store.actions.listRecent()).map((r) => r.coalitionName)).toEqual(['A']);
    unsubscribe();
    expect(isListening()).toBe(false);
  });

  it('shows the problem screen when the picked map cannot be opened', async () => {
    const { store, pick } = setupWithMenu(async (path) => ({
      status: 'problem',
      file: { path, fileName: 'a.coalition.json' },
      reason: 'locked',
      message: 'this map is already open in another window',
      movedTo: null,
      backups: [],
    }));
    await store.actions.start();
    pick('/maps/a.coalition.json');
    await store.idle();
    expect(store.getState().phase).toBe('problem');
    expect(store.getState().problem?.reason).toBe('locked');
  });

  it('says in plain words when the backend refuses the path', async () => {
    const { store, pick } = setupWithMenu(async () => {
      throw new Error("Error invoking remote method 'coalition:openRecent': Error: That map is not in the recent list.");
    });
    await store.actions.start();
    pick('/elsewhere.json');
    await store.idle();
    expect(store.getState().phase).toBe('ready');
    expect(store.getState().notices.at(-1)?.message).toBe(
      'Could not open that map: That map is not in the recent list. The map you had open is unchanged.',
    );
  });
});
