// The privacy gaps closed in the running app: a stakeholder sheet and a ties sheet imported together
// as one step that one Undo removes; "Hide sensitive fields" takes a notes canary out of the page;
// and deleting a confidential stakeholder with "Also erase from undo history and backups" leaves no
// trace of their name in the page, even after trying Undo, nor in any file of the data folder.
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ScriptedDialogs, type LaunchedApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { pageText } from './support/page-text';
import { addToSampleMap, readSampleMap, sampleMapPath, waitUntilSaved } from './support/sample-map';
import { backupFolderFor } from '../../electron/main/store';
import { toolbarButton } from './support/toolbar';

const CONFIDENTIAL = 'Ottoline Brackenwood';
const OPEN_PERSON = 'Percival Lanternby';
const NOTES_CANARY = 'notes-canary-51c9 prefers calls after six';

const t = appPerTest('privacy-gaps', { filesFolder: true });
const onDisk = () => readSampleMap(t.dataDir.path);

/** The sample coalition plus one confidential person and one ordinary person with a notes canary. */
async function prepareDataFolder(): Promise<void> {
  await addToSampleMap(t.dataDir.path, (model) => {
    const { position: _p, source: _s, ...base } = model;
    const person = { ...base, kind: 'person' as const, role: '', sector: '', services: [], influence: null, livedExperience: false, email: '', phone: '', address: '', area: '', notes: '', tags: [], custom: {} };
    const secret = { ...person, id: 'secret-1', name: CONFIDENTIAL, confidential: true, notes: `${CONFIDENTIAL} is staying with family` };
    const open = { ...person, id: 'open-1', name: OPEN_PERSON, confidential: false, notes: NOTES_CANARY, email: 'percival@example.org' };
    return [secret, open];
  });
}

async function start(dialogs = new ScriptedDialogs()): Promise<LaunchedApp> {
  return launchOnSample(t, dialogs);
}

/** Files under the data folder (map, backups, temp files, logs) whose bytes hold `text`. */
async function filesHolding(text: string): Promise<string[]> {
  const holding: string[] = [];
  for (const entry of await readdir(t.dataDir.path, { recursive: true })) {
    const path = join(t.dataDir.path, entry);
    if ((await stat(path)).isFile() && (await readFile(path)).includes(Buffer.from(text, 'utf8'))) holding.push(entry);
  }
  return holding;
}

async function showList(page: Page): Promise<void> {
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
}

describe('privacy gaps', () => {
  it('imports a stakeholder sheet and a ties sheet as one step that one Undo removes', async () => {
    await prepareDataFolder();
    const dialogs = new ScriptedDialogs();
    const { page } = await start(dialogs);
    const before = await onDisk();
    const people = join(t.files.path, 'people.csv');
    const ties = join(t.files.path, 'ties.csv');
    await writeFile(people, 'name,kind,email\nWinifred Ashgrove,person,winnie@example.org\nMeadow Lane Pantry,organization,\n');
    await writeFile(ties, `source,target,type,strength,trust,notes\nWinifred Ashgrove,Meadow Lane Pantry,works-at,3,4,Saturdays\nWinifred Ashgrove,${OPEN_PERSON},knows,2,,\n`);

    dialogs.answerNextImport(people);
    await (await toolbarButton(page, 'Import…')).click();
    const dialog = page.getByRole('dialog', { name: /^Import / });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    // The review counts the rows it will add: two new stakeholders, no ties yet.
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('2 new · 0 to update · 0 already on the map · 0 repeated in the file · 0 rows left out');
    await dialog.getByText(/^0 new ties from people\.csv/).waitFor();
    dialogs.answerNextImport(ties);
    await dialog.getByRole('button', { name: /Add a ties sheet/ }).click();
    await dialog.getByText(/^2 new ties from people\.csv/).waitFor();
    expect(await status.textContent()).toBe('2 new · 0 to update · 0 already on the map · 0 repeated in the file · 0 rows left out');
    await dialog.getByText(/Ties from/).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);

    const after = await onDisk();
    expect(after.stakeholders).toHaveLength(before.stakeholders.length + 2);
    expect(after.ties).toHaveLength(before.ties.length + 2);
    const winnie = after.stakeholders.find((s) => s.name === 'Winifred Ashgrove');
    expect(after.ties.filter((t) => t.source === winnie?.id).map((t) => t.type).sort()).toEqual(['knows', 'works-at']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk()).stakeholders.length).toBe(before.stakeholders.length);
    const undone = await onDisk();
    expect(undone.ties.map((t) => t.id)).toEqual(before.ties.map((t) => t.id));
    expect(dialogs.unexpected).toEqual([]);
    expect(t.app?.errors).toEqual([]);
  });

  it('"Hide sensitive fields" takes a notes canary out of the list and the details panel', async () => {
    await prepareDataFolder();
    const { page } = await start();
    await showList(page);
    await page.getByRole('row').filter({ hasText: OPEN_PERSON }).click();
    await page.getByRole('form', { name: `Details of ${OPEN_PERSON}` }).waitFor();
    // Shown before (so the check below means something).
    expect(await pageText(page)).toContain(NOTES_CANARY);

    await (await toolbarButton(page, 'Hide sensitive fields')).click();
    await expect.poll(() => page.getByRole('button', { name: 'Hide sensitive fields', includeHidden: true }).getAttribute('aria-pressed')).toBe('true');
    const text = await pageText(page);
    expect(text).not.toContain('notes-canary-51c9');
    expect(text).not.toContain('percival@example.org');
    expect(text).toContain(OPEN_PERSON);
    expect(await page.getByRole('form', { name: `Details of ${OPEN_PERSON}` }).getByPlaceholder('hidden').count()).toBeGreaterThan(2);

    // Saving another field from the panel keeps the hidden notes on disk.
    await page.getByLabel('Role or title').fill('Tenant organizer');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await onDisk()).stakeholders.find((s) => s.id === 'open-1')?.role).toBe('Tenant organizer');
    expect((await onDisk()).stakeholders.find((s) => s.id === 'open-1')).toMatchObject({ notes: NOTES_CANARY, email: 'percival@example.org' });
    expect(await pageText(page)).not.toContain('notes-canary-51c9');
    expect(t.app?.errors).toEqual([]);
  });

  it('deleting a confidential stakeholder with erase leaves no trace of the name, even after Undo or in backups', async () => {
    await prepareDataFolder();
    // A backup from an earlier day that holds them (saves within minutes of each other take none).
    const backups = backupFolderFor(sampleMapPath(t.dataDir.path), join(t.dataDir.path, 'backups'));
    await mkdir(backups, { recursive: true });
    await copyFile(sampleMapPath(t.dataDir.path), join(backups, '2025-01-01T09-00-00-000Z.json'));
    const { page } = await start();
    await showList(page);
    await page.getByRole('row').filter({ hasText: CONFIDENTIAL }).click();
    // An edit first, so the undo history holds them twice over.
    await page.getByLabel('Role or title').fill('Peer advocate');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(async () => (await onDisk()).stakeholders.find((s) => s.id === 'secret-1')?.role).toBe('Peer advocate');
    // The file lands before the window commits the edit to its history: wait for the window too.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect((await filesHolding(CONFIDENTIAL)).some((file) => file.startsWith('backups'))).toBe(true);

    await page.getByRole('button', { name: 'Delete stakeholder' }).click();
    const confirm = page.getByRole('dialog', { name: `Delete ${CONFIDENTIAL}?` });
    expect(await confirm.getByLabel('Also erase from undo history and backups').isChecked()).toBe(true);
    await confirm.getByText(/every backup of this map is rewritten without them/).waitFor();
    await confirm.getByText(/not a forensic erase: an SSD or a copy-on-write file system/).waitFor();
    await saveScreenshot(page, 'secure-delete');
    await confirm.getByRole('button', { name: 'Delete and erase' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await onDisk()).stakeholders.some((s) => s.id === 'secret-1')).toBe(false);
    await page.getByText(/cleared the undo history/).waitFor();

    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await page.keyboard.press('Control+Z');
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
    await showList(page);
    expect(await pageText(page)).not.toContain(CONFIDENTIAL);
    expect(JSON.stringify(await onDisk())).not.toContain(CONFIDENTIAL);
    expect(await filesHolding(CONFIDENTIAL)).toEqual([]);
    expect(t.app?.errors).toEqual([]);
  });
});
