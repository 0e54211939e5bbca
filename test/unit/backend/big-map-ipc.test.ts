// A 200,000-stakeholder map can be saved from the window however it changes: the whole document is
// far over Electron's 64 MiB limit for one IPC message, so every message the window's store sends
// must fit. Each call goes through the real IPC layer (registerContract: the size cap per channel
// and the contract's schemas) with its argument structured-cloned as Electron does, into the real
// backend writing the real file; only ipcMain itself is the `electron` mock. Covered: the first
// save after opening, an audited import and an audited bulk deletion (both over 2,000 items, so in
// parts), undoing the deletion (the list reordered: the whole map in parts), a whole-map save
// after the map moved on ("stale"), and Save as (which sends no map).
import { join } from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { registerContract } from '../../../electron/main/ipc';
import { createMapFile, readMapFile } from '../../../electron/main/store';
import type { RendererApi } from '../../../renderer/src/api';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import { ipcChannel, MAX_PAYLOAD_BYTES, type ChannelName } from '../../../shared/ipc';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { FakeIpcMain } from '../electron/fake-electron';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

vi.mock('electron', async () => (await import('../electron/fake-electron')).createFakeElectron());

const LIMIT = 200_000;
const IMPORTED = 3_000;
const DELETED = 2_500;
const STAMP = '2025-01-15T10:00:00.000Z';

function person(id: string, name: string): Stakeholder {
  const notes = `Met at the spring listening session; follow up about the shelter volunteer rota. ${'n'.repeat(260)}`;
  return { id, name, kind: 'person', categories: ['interested-public'], notes, createdAt: STAMP, updatedAt: STAMP } as Stakeholder;
}

const bigMap = (size: number): MapDocument => ({ ...emptyMap('Statewide Safety Network'), stakeholders: Array.from({ length: size }, (_, i) => person(`s${i}`, `Person ${i}`)) });

const WINDOW_CHANNELS = ['startSession', 'newMap', 'openMapDialog', 'openRecent', 'listRecent', 'saveMap', 'saveMapPatch', 'stageMapPatch', 'saveMapAsDialog', 'listBackups', 'restoreBackup'] as const;

/** The window's API as the preload gives it, with every call through the registered IPC handlers. */
function ipcBridge(backend: Backend, sent: { channel: string; chars: number }[]): RendererApi {
  const ipcMain = new FakeIpcMain();
  registerContract(ipcMain as unknown as IpcMain, backend, { isTrustedSender: () => true });
  const call = (channel: ChannelName) => async (args: unknown) => {
    sent.push({ channel, chars: JSON.stringify(args ?? {}).length });
    const handler = ipcMain.handlers.get(ipcChannel(channel));
    if (!handler) throw new Error(`no handler for ${channel}`);
    // Electron copies the argument by structured clone; the handler sees only the copy.
    return handler({}, structuredClone(args));
  };
  return Object.assign(Object.fromEntries(WINDOW_CHANNELS.map((name) => [name, call(name)])), {
    onMenuCommand: () => () => undefined,
    onMenuOpenRecent: () => () => undefined,
  }) as unknown as RendererApi;
}

describe('saving a 200,000-stakeholder map from the window', () => {
  const tempDir = useTempDirs();
  let backend: Backend | null = null;
  afterEach(async () => {
    await backend?.close();
  });

  it('fits every save into IPC messages: first edit, audited import and deletion, undo, stale, save as', { timeout: 900_000 }, async () => {
    const dataDir = await tempDir();
    const path = join(dataDir, 'statewide.coalition.json');
    const map = await createMapFile(path, bigMap(LIMIT - IMPORTED));
    expect(JSON.stringify({ map }).length).toBeGreaterThan(MAX_PAYLOAD_BYTES);
    const copyPath = join(dataDir, 'copy.coalition.json');
    const real = await createBackend({ dataDir, dialogs: new ScriptedDialogs().answerOpen(path).answerSave(copyPath) });
    backend = real;
    const sent: { channel: string; chars: number }[] = [];
    let n = 0;
    const store = createAppStore(ipcBridge(real, sent), { now: () => STAMP, newId: () => `added-${(n += 1)}` });
    const a = store.actions;
    const errors = () => store.getState().notices.filter((x) => x.level === 'error').map((x) => x.message);
    const savesSince = (from: number) => sent.slice(from).filter((m) => m.channel.startsWith('saveMap') || m.channel === 'stageMapPatch').map((m) => m.channel);

    expect(await a.openMap()).toBe(true);
    let mark = sent.length;
    await a.saveStakeholder('s123', { ...blankDraft(), name: 'Rosa Delacroix-Mbeki' }, false);
    expect(savesSince(mark)).toEqual(['saveMapPatch']);

    mark = sent.length;
    const imported = Array.from({ length: IMPORTED }, (_, i) => person(`imp${i}`, `Imported ${i}`));
    const outcome = await a.applyImport({ stakeholders: imported, ties: [] }, 'volunteers.csv');
    expect(outcome.ok, errors().join(' ')).toBe(true);
    expect(savesSince(mark)).toEqual(['stageMapPatch', 'saveMapPatch']);
    expect((await readMapFile(path)).stakeholders).toHaveLength(LIMIT);

    mark = sent.length;
    a.setChecked(Array.from({ length: DELETED }, (_, i) => `s${1_000 + i}`));
    expect(await a.bulkDelete()).toBe(DELETED);
    expect(savesSince(mark)).toEqual(['stageMapPatch', 'saveMapPatch']);
    expect((await readMapFile(path)).stakeholders).toHaveLength(LIMIT - DELETED);
    expect((await verifyAuditLog(dataDir)).entries.map((e) => [e.action, e.recordCount])).toEqual([['import', IMPORTED], ['delete', DELETED]]);

    // Undo puts them back in their places: no patch can say that, so the whole map goes, in parts.
    mark = sent.length;
    await a.undo();
    expect(savesSince(mark).length).toBeGreaterThan(LIMIT / 2_000);
    const restored = await readMapFile(path);
    expect(restored.stakeholders.map((s) => s.id)).toEqual(store.getState().map!.stakeholders.map((s) => s.id));
    expect(restored.stakeholders[1_000]?.id).toBe('s1000');

    // A save on the Node side the window did not make: its next save is refused as stale and goes whole, in parts.
    await real.saveMap({ map: restored });
    mark = sent.length;
    await a.saveStakeholder('s7', { ...blankDraft(), name: 'Ana Lucía Ferreira' }, false);
    expect(savesSince(mark)[0]).toBe('saveMapPatch');
    expect(savesSince(mark).slice(1).every((c) => c === 'stageMapPatch' || c === 'saveMapPatch')).toBe(true);
    expect((await readMapFile(path)).stakeholders[7]?.name).toBe('Ana Lucía Ferreira');

    expect(await a.saveAs()).toBe(true);
    expect((await readMapFile(copyPath)).stakeholders).toHaveLength(LIMIT);

    expect(errors()).toEqual([]);
    for (const message of sent) expect(message.chars, message.channel).toBeLessThan(MAX_PAYLOAD_BYTES);
  });
});
