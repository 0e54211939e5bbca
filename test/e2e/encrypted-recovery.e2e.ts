// A damaged encrypted map, as the user meets it: the problem screen says it has encrypted backups,
// the passphrase lists them, and one click restores one; the map opens again, still encrypted.
import { readFile, truncate } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/main/backend';
import { looksEncrypted } from '../../electron/main/crypto';
import { ScriptedDialogs } from '../unit/backend/scripted-dialogs';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';

const t = appPerTest('encrypted-recovery');
const PASSPHRASE = 'lantern by the river';

/** An encrypted map with encrypted backups, made through the same backend the window uses. */
async function encryptedMap(): Promise<string> {
  let now = Date.UTC(2025, 3, 2, 12);
  const backend = await createBackend({ dataDir: t.dataDir.path, dialogs: new ScriptedDialogs(), clock: () => new Date(now) });
  const created = await backend.newMap({ name: 'Harbour Safety Circle', template: 'sample' });
  // Encrypting moves the map to a neutral file name: that is its path from now on.
  const { movedTo } = await backend.setPassphrase({ current: null, next: PASSPHRASE });
  for (const mission of ['Safe homes.', 'Safe homes, safe streets.']) {
    now += 60 * 60_000;
    await backend.saveMap({ map: { ...created.map, coalition: { ...created.map.coalition, mission } } });
  }
  await backend.close();
  return (movedTo ?? created.file).path;
}

describe('a damaged encrypted map', () => {
  it('offers its encrypted backups for the passphrase and restores one', async () => {
    const path = await encryptedMap();
    await truncate(path, Math.floor((await readFile(path)).length / 2));

    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('heading', { level: 2, name: /Encrypted backups of this map/ }).waitFor();
    await page.getByLabel('Passphrase for the backups').fill('not the passphrase');
    await page.getByRole('button', { name: 'Show encrypted backups' }).click();
    await page.getByRole('alert').filter({ hasText: 'does not open any of the backups' }).waitFor();

    await page.getByLabel('Passphrase for the backups').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Show encrypted backups' }).click();
    const list = page.getByRole('list', { name: 'Encrypted backups this passphrase opens' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    await page.setViewportSize({ width: 800, height: 600 });
    await list.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'encrypted-recovery');

    await list.getByRole('button', { name: 'Restore this backup' }).first().click();
    await page.getByRole('heading', { level: 1, name: /Harbour Safety Circle/ }).waitFor();
    expect(looksEncrypted(await readFile(path))).toBe(true);
    expect(t.app.errors).toEqual([]);
  });
});
