// The window's Undo on a shared map after the others' changes came in (check 6 in the window): Ana's
// real window store, over her real backend through the contract's own validation (as over IPC),
// and Ben's backend, sharing one map through a folder relay. Undo takes back Ana's own last change
// on both devices; refuses in words, changing nothing, when Ben changed that field since; never
// brings back a step the window itself had undone before the others' changes came in; skips a
// layout save, as the window's history does; and has nothing left after a delete that erased it.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/main/backend';
import { verifyAuditLog } from '../../../electron/main/audit';
import { CHANNEL_NAMES, parseChannelArgs, type CoalitionApi } from '../../../shared/ipc';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { createAppStore, type AppStore } from '../../../renderer/src/state/core/actions';
import { draftOf } from '../../../renderer/src/state/core/stakeholder-edits';
import { useBackends } from '../backend/use-backends';
import { opened, withRole } from '../sync/helpers/backend-pair';
import { memoryStorage } from '../renderer/settings-storage';

const backends = useBackends();

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The window's `window.coalition` over a backend: each call validated by the contract and copied, as over IPC. */
function bridge(api: Backend): CoalitionApi {
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  const calls = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [name, async (args: unknown) => copy(await (api[name] as (a: unknown) => Promise<unknown>)(parseChannelArgs(name, copy(args), 0)))]),
  );
  return { ...calls, onMenuCommand: () => () => undefined, onMenuOpenRecent: () => () => undefined } as unknown as CoalitionApi;
}

const person = (map: MapDocument | null, id: string): Stakeholder => {
  const found = map?.stakeholders.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
};

/** Ana's window and backend, Ben's backend, one shared map; two people Ana may edit. */
async function setUp() {
  const relay = join(await backends.tempDir(), 'relay');
  const ana = await backends.start();
  const ben = await backends.start();
  const coalition = bridge(ana.api);
  vi.stubGlobal('window', { coalition });
  const win = createAppStore(coalition, { settings: memoryStorage() });
  await win.actions.start();
  const invite = await win.actions.shareMap('Ana', relay, 'Ben');
  await ana.api.syncSharedNow({});
  await opened(ben.api);
  await ben.api.joinSharedMap({ invite: invite.words, relay: invite.relay });
  const map = win.getState().map!;
  const [x, z, y] = map.stakeholders.filter((s) => s.id !== map.coalition.anchorId && !s.confidential);
  if (x === undefined || y === undefined || z === undefined) throw new Error('the sample has too few people');
  return { ana, ben, win, x, y, z };
}

const setRole = async (win: AppStore, id: string, role: string) => {
  const current = person(win.getState().map, id);
  expect(await win.actions.saveStakeholder(id, { ...draftOf(current), role }, false)).toBe(id);
};

/** Both sync, Ana's window asks for the status (as its sharing bar does) and takes the others' changes. */
async function syncAndTake(win: AppStore, ana: Backend, ben: Backend): Promise<void> {
  for (const api of [ana, ben, ana]) await api.syncSharedNow({});
  await win.actions.takeSharedChanges();
  await win.actions.sharingStatus();
}

/** Ben's edit of `id`'s role, on the map his backend holds now. */
async function benSetsRole(ben: Backend, id: string, role: string): Promise<void> {
  await ben.saveMap({ map: withRole(await benMap(ben), id, role) });
}

async function benMap(ben: Backend): Promise<MapDocument> {
  await ben.syncSharedNow({});
  return (await ben.takeSharedChanges({}))?.map ?? (await opened(ben)).map;
}

describe("the window's Undo on a shared map after the others' changes came in", () => {
  it("takes back Ana's own last change on both devices, keeping Ben's", async () => {
    const { ana, ben, win, x, y } = await setUp();
    await setRole(win, x.id, 'Director of outreach');
    await benSetsRole(ben.api, y.id, 'Chair');
    await syncAndTake(win, ana.api, ben.api);
    expect(person(win.getState().map, y.id).role).toBe('Chair');
    // The window's own history is gone (stepping back would take Ben's change too): the sync's undo is there.
    expect(win.getState().history.past).toEqual([]);
    expect(win.getState().sharedUndo).toBe(true);

    expect(await win.actions.undo()).toBe(true);
    const state = win.getState();
    expect(person(state.map, x.id).role).toBe(x.role);
    expect(person(state.map, y.id).role).toBe('Chair');
    expect(state.notices.at(-1)).toMatchObject({ level: 'info', message: `Undone for everyone: your last change (role of ${x.name}).` });
    // The map in the window is the one saved on disk.
    expect(person((await opened(ana.api)).map, x.id).role).toBe(x.role);
    expect(state.sharedUndo).toBe(false);
    expect(state.history.future).toEqual([]);

    await ana.api.syncSharedNow({});
    const benNow = await benMap(ben.api);
    expect(person(benNow, x.id).role).toBe(x.role);
    expect(person(benNow, y.id).role).toBe('Chair');
    const log = await verifyAuditLog(ana.dataDir);
    expect(log.entries.filter((e) => e.action.startsWith('sync-undo')).map((e) => [e.action, e.recordCount])).toEqual([['sync-undo', 1]]);
  });

  it("is not stopped by Ben's edit of another field of that person, which stamps its updatedAt too", async () => {
    const { ana, ben, win, x } = await setUp();
    await setRole(win, x.id, 'Director of outreach');
    await ana.api.syncSharedNow({});
    const seen = await benMap(ben.api);
    const stamped = { ...seen, stakeholders: seen.stakeholders.map((s) => (s.id === x.id ? { ...s, phone: '555 0142', updatedAt: '2026-12-05T09:00:00.000Z' } : s)) };
    await ben.api.saveMap({ map: stamped });
    await syncAndTake(win, ana.api, ben.api);
    expect(await win.actions.undo()).toBe(true);
    expect(person(win.getState().map, x.id)).toMatchObject({ role: x.role, phone: '555 0142' });
  });

  it('skips a save that is no undo step (laying out the map), as the window does', async () => {
    const { ana, ben, win, x, y } = await setUp();
    await setRole(win, x.id, 'Director of outreach');
    const before = person(win.getState().map, y.id).position;
    const placed = { x: (before?.x ?? 0) + 40, y: (before?.y ?? 0) + 40 };
    expect(await win.actions.setPositions(new Map([[y.id, placed]]), false)).toBe(true);
    await benSetsRole(ben.api, y.id, 'Chair');
    await syncAndTake(win, ana.api, ben.api);
    expect(await win.actions.undo()).toBe(true);
    expect(person(win.getState().map, x.id).role).toBe(x.role);
    expect(person(win.getState().map, y.id).position).toEqual(placed);
  });

  it('leaves nothing to undo after a delete that erased the undo history, so the sync cannot bring the person back', async () => {
    const { ana, ben, win, x, y } = await setUp();
    const held = win.getState().map!.stakeholders.find((s) => s.livedExperience === true && !s.confidential);
    if (held === undefined) throw new Error('the sample has no open person with lived experience');
    await setRole(win, x.id, 'Director of outreach');
    expect(await win.actions.removeStakeholder(held.id, { eraseHistory: true })).toBe(true);
    await benSetsRole(ben.api, y.id, 'Chair');
    await syncAndTake(win, ana.api, ben.api);
    expect(win.getState().sharedUndo).toBe(false);
    expect((await ana.api.undoSharedChange({})).message).toBe('Nothing of yours to undo.');
    expect(win.getState().map!.stakeholders.map((s) => s.id)).not.toContain(held.id);
  });

  it('refuses in words, changing nothing, when Ben changed that field since', async () => {
    const { ana, ben, win, x } = await setUp();
    await setRole(win, x.id, 'Director of outreach');
    await ana.api.syncSharedNow({});
    await benSetsRole(ben.api, x.id, 'Treasurer');
    await syncAndTake(win, ana.api, ben.api);
    const before = win.getState().map;
    expect(person(before, x.id).role).toBe('Treasurer');
    const waiting = (await ana.api.sharingStatus({})).waiting;

    expect(await win.actions.undo()).toBe(false);
    expect(win.getState().notices.at(-1)).toMatchObject({ level: 'warning', message: `Not undone: Ben changed role of ${x.name} since your change.` });
    expect(win.getState().map).toBe(before);
    expect(person((await opened(ana.api)).map, x.id).role).toBe('Treasurer');
    expect((await ana.api.sharingStatus({})).waiting).toBe(waiting);
    const log = await verifyAuditLog(ana.dataDir);
    expect(log.entries.filter((e) => e.action.startsWith('sync-undo')).map((e) => [e.action, e.recordCount])).toEqual([['sync-undo-refused', 1]]);
    expect(JSON.stringify(log.entries)).not.toContain(x.name);
  });

  it("never brings back a step the window's own Undo took back before the others' changes came in", async () => {
    const { ana, ben, win, x, y, z } = await setUp();
    await setRole(win, x.id, 'Director of outreach');
    await setRole(win, z.id, 'Undone at once');
    // The window's own step back (no one else's change in between).
    expect(await win.actions.undo()).toBe(true);
    expect(person(win.getState().map, z.id).role).toBe(z.role);
    await benSetsRole(ben.api, y.id, 'Chair');
    await syncAndTake(win, ana.api, ben.api);
    expect(win.getState().history.past).toEqual([]);

    // The sync's undo now takes back the change before it, and does not put z's role back.
    expect(await win.actions.undo()).toBe(true);
    const map = win.getState().map;
    expect(person(map, z.id).role).toBe(z.role);
    expect(person(map, x.id).role).toBe(x.role);
    expect(person(map, y.id).role).toBe('Chair');
    // Nothing of Ana's is left to undo: the button is off, and Undo does nothing.
    expect(win.getState().sharedUndo).toBe(false);
    expect((await ana.api.sharingStatus({})).undoable).toBe(false);
    expect((await ana.api.undoSharedChange({})).message).toBe('Nothing of yours to undo.');
    expect(await win.actions.undo()).toBe(false);
    await ana.api.syncSharedNow({});
    const benNow = await benMap(ben.api);
    expect([person(benNow, x.id).role, person(benNow, z.id).role, person(benNow, y.id).role]).toEqual([x.role, z.role, 'Chair']);
  });
});
