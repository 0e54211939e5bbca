// Survivor-safe in the running app: presentation mode hides every confidential name across map,
// list, panel, insights and search; a passphrase leaves no canary in the data folder's bytes; a
// relaunch shows the unlock screen, refuses a wrong passphrase and opens with the right one; and
// locking leaves nothing personal in the page.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/main/backend';
import { launchApp, ScriptedDialogs, type LaunchedApp } from './harness';
import { makeTempDir, saveScreenshot, type TempDir } from './support/files';

const CANARY = 'Zephyrine Quillfeather';
const PASSPHRASE = 'lantern by the river';
const SAMPLE_CONFIDENTIAL = ['Maria T.', 'Denise K.', 'Sam W.'];
const SAMPLE_OPEN_NAME = 'Omar Haddad';

let dataDir: TempDir;
let app: LaunchedApp | null = null;

/** The sample coalition with one more confidential person whose name, notes and email are the canary. */
async function prepareDataFolder(path: string): Promise<void> {
  const backend = await createBackend({ dataDir: path, dialogs: new ScriptedDialogs() });
  const first = await backend.startSession({});
  if (first.status !== 'opened') throw new Error('the sample did not open');
  const [model] = first.map.stakeholders;
  if (!model) throw new Error('the sample has no stakeholders');
  const canary = { ...model, id: 'canary-1', name: CANARY, notes: `${CANARY} asked for privacy`, email: 'zq@example.org', confidential: true, position: undefined };
  const { position: _p, ...placed } = canary;
  await backend.saveMap({ map: { ...first.map, stakeholders: [...first.map.stakeholders, placed] } });
  await backend.close();
}

/** Everything the page shows or carries: visible text, every attribute, every field's value. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const parts = [document.body.innerText, document.title];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) parts.push(attr.value);
      if ('value' in el && typeof el.value === 'string') parts.push(el.value);
    }
    return parts.join('\\n');
  })()`);
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
  app = await launchApp({ dataDir: dataDir.path });
  return app;
}

beforeEach(async () => {
  dataDir = await makeTempDir('survivor-safe');
  await prepareDataFolder(dataDir.path);
});

afterEach(async () => {
  await app?.close();
  app = null;
  await dataDir.remove();
});

describe('survivor-safe', () => {
  it('presentation mode hides confidential names in map, list, panel, insights and search', async () => {
    const { page } = await start();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByText(/Arranging the map/).waitFor({ state: 'hidden', timeout: 60_000 });
    const hidden = [...SAMPLE_CONFIDENTIAL, CANARY, 'zq@example.org'];
    // Without it, the list does show them (so the check below means something).
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);

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
    await saveScreenshot(page, 'presentation-mode');

    // Switched off, names come back (the real map was never changed).
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);
  });

  it('a passphrase encrypts every byte, relaunch unlocks only with it, and locking empties the page', async () => {
    let { page } = await start();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByText(/Arranging the map/).waitFor({ state: 'hidden', timeout: 60_000 });
    expect((await bytesHolding(dataDir.path, CANARY)).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Protect with passphrase…' }).click();
    await page.getByLabel('New passphrase (at least 8 characters)').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Protect', exact: true }).click();
    await page.getByText(/The map is now encrypted/).waitFor();
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    expect(await bytesHolding(dataDir.path, CANARY)).toEqual([]);

    await app?.close();
    ({ page } = await start());
    await page.getByRole('heading', { name: /is locked/ }).waitFor();
    await expectNone(page, [CANARY, SAMPLE_OPEN_NAME, ...SAMPLE_CONFIDENTIAL], 'the unlock screen');
    await page.getByLabel('Passphrase').fill('not the right one');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('alert').filter({ hasText: /did not open the map/ }).waitFor();
    await saveScreenshot(page, 'unlock');

    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'List' }).click();
    expect(await pageText(page)).toContain(CANARY);

    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: /is locked/ }).waitFor();
    await expectNone(page, [CANARY, SAMPLE_OPEN_NAME, ...SAMPLE_CONFIDENTIAL, 'Family therapist'], 'the page after locking');
    expect(await bytesHolding(dataDir.path, CANARY)).toEqual([]);
  });
});
