// Survivor-safe in the running app: presentation mode hides every confidential name across map
// (what its canvas draws, recorded), list, panel, insights and search; a passphrase leaves no canary in the data folder's bytes; a
// relaunch shows the unlock screen, refuses a wrong passphrase and opens with the right one; and
// locking leaves nothing personal in the page.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { canvasText, forgetCanvasText, recordCanvasTextFromStart } from './support/canvas-text';
import { saveScreenshot } from './support/files';
import { pageText } from './support/page-text';
import { addToSampleMap } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

const CANARY = 'Zephyrine Quillfeather';
const PASSPHRASE = 'lantern by the river';
const SAMPLE_CONFIDENTIAL = ['Maria T.', 'Denise K.', 'Sam W.'];
const SAMPLE_OPEN_NAME = 'Omar Haddad';

const t = appPerTest('survivor-safe');

/** The sample coalition with one more confidential person whose name, notes and email are the canary. */
async function prepareDataFolder(path: string): Promise<void> {
  await addToSampleMap(path, (model) => {
    const canary = { ...model, id: 'canary-1', name: CANARY, notes: `${CANARY} asked for privacy`, email: 'zq@example.org', confidential: true, position: undefined };
    const { position: _p, ...placed } = canary;
    return [placed];
  });
}

async function expectNone(page: Page, names: readonly string[], where: string): Promise<void> {
  const text = await pageText(page);
  for (const name of names) expect(text.includes(name), `${name} shown in ${where}`).toBe(false);
}

async function bytesHolding(dir: string, needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if ((await stat(path)).isFile() && (await readFile(path)).includes(Buffer.from(needle, 'utf8'))) hits.push(entry);
  }
  return hits;
}

async function start(): Promise<LaunchedApp> {
  t.app = await launchApp({ dataDir: t.dataDir.path });
  return t.app;
}

beforeEach(async () => {
  await prepareDataFolder(t.dataDir.path);
});

describe('survivor-safe', () => {
  it('presentation mode hides confidential names in map, list, panel, insights and search', async () => {
    const { page } = await start();
    await recordCanvasTextFromStart(page);
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByText(/Arranging the map/).waitFor({ state: 'hidden', timeout: 60_000 });
    const hidden = [...SAMPLE_CONFIDENTIAL, CANARY, 'zq@example.org'];
    // The map's labels are drawn on a canvas: without presentation mode it draws the names.
    await expect.poll(() => canvasText(page), { timeout: 20_000 }).toContain(SAMPLE_CONFIDENTIAL[0]);
    // Without it, the list does show them (so the check below means something).
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);

    await forgetCanvasText(page);
    await page.keyboard.press('Control+Shift+P');
    await expect.poll(() => page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    await expectNone(page, hidden, 'the list');
    expect(await pageText(page)).toContain('Confidential stakeholder 1');
    expect(await pageText(page)).toContain(SAMPLE_OPEN_NAME);

    await page.getByRole('row').filter({ hasText: 'Confidential stakeholder 4' }).click();
    await page.getByText(/details are hidden and cannot be edited/).waitFor();
    await expectNone(page, hidden, 'the details panel');

    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.getByRole('status').filter({ hasText: /^Up to date/ }).waitFor({ timeout: 60_000 });
    await expectNone(page, hidden, 'the insights panel');

    await page.getByRole('searchbox').or(page.getByPlaceholder(/search|find/i)).first().fill('Confidential');
    await expectNone(page, hidden, 'the search results');

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click();
    await page.getByRole('searchbox').or(page.getByPlaceholder(/search|find/i)).first().fill('');
    await expectNone(page, hidden, 'the map view');
    // What the map drew since the switch: placeholders in place of the hidden names.
    await expect.poll(() => canvasText(page), { timeout: 20_000 }).toContain('Confidential stake');
    const drawn = await canvasText(page);
    for (const name of [...hidden, 'Maria', 'Denise', 'Sam W', 'Zephyrine']) expect(drawn.includes(name), `${name} drawn on the map`).toBe(false);
    await saveScreenshot(page, 'presentation-mode');

    // Switched off, names come back (the real map was never changed).
    await (await toolbarButton(page, 'Presentation mode')).click();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);
  });

  it('a passphrase encrypts every byte, relaunch unlocks only with it, and locking empties the page', async () => {
    let { page } = await start();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByText(/Arranging the map/).waitFor({ state: 'hidden', timeout: 60_000 });
    expect((await bytesHolding(t.dataDir.path, CANARY)).length).toBeGreaterThan(0);

    await (await toolbarButton(page, 'Protect with passphrase…')).click();
    await page.getByLabel('New passphrase (at least 8 characters)').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Protect', exact: true }).click();
    await page.getByText(/The map is now encrypted/).waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await bytesHolding(t.dataDir.path, CANARY)).toEqual([]);

    await t.app?.close();
    ({ page } = await start());
    await page.getByRole('heading', { name: /is locked/ }).waitFor();
    await expectNone(page, [CANARY, SAMPLE_OPEN_NAME, ...SAMPLE_CONFIDENTIAL], 'the unlock screen');
    await page.getByLabel('Passphrase', { exact: true }).fill('not the right one');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: /did not open the map/ }).waitFor();
    await saveScreenshot(page, 'unlock');

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);

    await (await toolbarButton(page, 'Lock now')).click();
    await page.getByRole('heading', { name: /is locked/ }).waitFor();
    await expectNone(page, [CANARY, SAMPLE_OPEN_NAME, ...SAMPLE_CONFIDENTIAL, 'Family therapist'], 'the page after locking');
    expect(await bytesHolding(t.dataDir.path, CANARY)).toEqual([]);
  });
});
