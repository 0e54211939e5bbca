// A 200,000-stakeholder map can be saved from the window: the whole document is far over Electron's
// 64 MiB limit for one IPC message, so every message the window's store sends (measured as the JSON
// text of its argument, a lower bound of what crosses) must stay under it. The real backend opens
// and writes the real file; only the IPC hop between them is this test's measuring bridge.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { createMapFile, readMapFile } from '../../../electron/main/store';
import type { RendererApi } from '../../../renderer/src/api';
import { createAppStore } from '../../../renderer/src/state/core/actions';
import { blankDraft } from '../../../renderer/src/state/core/stakeholder-edits';
import type { MapDocument, Stakeholder } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const IPC_LIMIT_BYTES = 64 * 1024 * 1024;
const STAKEHOLDERS = 200_000;
const STAMP = '2025-01-15T10:00:00.000Z';

function bigMap(): MapDocument {
  const stakeholders: Stakeholder[] = Array.from({ length: STAKEHOLDERS }, (_, i) => ({
    id: `s${i}`,
    name: `Person ${i}`,
    kind: 'person',
    categories: ['interested-public'],
    notes: `Met at the spring listening session; follow up about the shelter volunteer rota. ${'n'.repeat(260)}`,
    createdAt: STAMP,
    updatedAt: STAMP,
  }) as Stakeholder);
  return { ...emptyMap('Statewide Safety Network'), stakeholders };
}

describe('saving a 200,000-stakeholder map from the window', () => {
  const tempDir = useTempDirs();
  let backend: Backend | null = null;
  afterEach(async () => {
    await backend?.close();
  });

  it('sends no message over the IPC limit, the first save after opening included', { timeout: 600_000 }, async () => {
    const dataDir = await tempDir();
    const path = join(dataDir, 'statewide.coalition.json');
    const map = await createMapFile(path, bigMap());
    expect(Buffer.byteLength(JSON.stringify({ map }))).toBeGreaterThan(IPC_LIMIT_BYTES);

    const dialogs = new ScriptedDialogs().answerOpen(path);
    const real = await createBackend({ dataDir, dialogs });
    backend = real;
    const sent: { channel: string; bytes: number }[] = [];
    const measured = <A, R>(channel: string, call: (args: A) => Promise<R>) => (args: A): Promise<R> => {
      sent.push({ channel, bytes: Buffer.byteLength(JSON.stringify(args ?? {})) });
      return call(args);
    };
    const api = {
      startSession: measured('startSession', real.startSession),
      newMap: measured('newMap', real.newMap),
      openMapDialog: measured('openMapDialog', real.openMapDialog),
      openRecent: measured('openRecent', real.openRecent),
      listRecent: measured('listRecent', real.listRecent),
      saveMap: measured('saveMap', real.saveMap),
      saveMapPatch: measured('saveMapPatch', real.saveMapPatch),
      saveMapAsDialog: measured('saveMapAsDialog', real.saveMapAsDialog),
      listBackups: measured('listBackups', real.listBackups),
      restoreBackup: measured('restoreBackup', real.restoreBackup),
      onMenuCommand: () => () => undefined,
      onMenuOpenRecent: () => () => undefined,
    } as RendererApi;

    const store = createAppStore(api, { now: () => STAMP, newId: () => 'added-1' });
    expect(await store.actions.openMap()).toBe(true);
    expect(store.getState().map?.stakeholders).toHaveLength(STAKEHOLDERS);
    // The map is at the schema's 200,000 limit, so the edit renames one stakeholder rather than adding one.
    await store.actions.saveStakeholder('s123', { ...blankDraft(), name: 'Rosa Delacroix-Mbeki' }, false);
    expect(store.getState().notices.filter((n) => n.level === 'error')).toEqual([]);

    const saves = sent.filter((m) => m.channel.startsWith('saveMap'));
    expect(saves.map((m) => m.channel)).toEqual(['saveMapPatch']);
    for (const message of sent) expect(message.bytes, message.channel).toBeLessThan(IPC_LIMIT_BYTES);
    const onDisk = await readMapFile(path);
    expect(onDisk.stakeholders).toHaveLength(STAKEHOLDERS);
    expect(onDisk.stakeholders[123]?.name).toBe('Rosa Delacroix-Mbeki');
    expect(onDisk.stakeholders[124]?.name).toBe('Person 124');
  });
});
