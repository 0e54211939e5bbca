// settings.json names a map's coalition only while the map is not encrypted: setting a passphrase
// takes the name out of the recent list, unlocking and renaming never put it back, removing the
// passphrase brings it back; Save As suggests no coalition name for an encrypted map.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { settingsPath } from '../../../electron/main/settings';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const NAME = 'Riverside Survivors Network';
const PASSPHRASE = 'lantern by the river';

describe('settings.json and an encrypted map', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  it('keeps no coalition name in plain once the map is encrypted', async () => {
    const dataDir = await tempDir();
    const dialogs = new ScriptedDialogs();
    const backend = await createBackend({ dataDir, dialogs });
    open.push(backend);
    const created = await backend.newMap({ name: NAME, template: 'empty' });
    const settingsText = () => readFile(settingsPath(dataDir), 'utf8');
    expect(await settingsText()).toContain(NAME);

    const path = (await backend.setPassphrase({ current: null, next: PASSPHRASE })).movedTo!.path;
    expect(await settingsText()).not.toContain(NAME);
    expect((await backend.listRecent({})).find((r) => r.path === path)?.coalitionName).toBe('');

    await backend.saveMap({ map: { ...created.map, coalition: { ...created.map.coalition, name: `${NAME} 2` } } });
    await backend.lockNow({});
    await backend.unlockMap({ path, passphrase: PASSPHRASE });
    expect(await settingsText()).not.toContain(NAME);

    dialogs.answerSave(null);
    await backend.saveMapAsDialog({ map: created.map });
    expect(dialogs.suggestions.at(-1)).toBe('coalition.coalition.json');

    await backend.setPassphrase({ current: PASSPHRASE, next: null });
    expect(await settingsText()).toContain(`${NAME} 2`);
  });
});
