// Typed work is never lost: the stakeholder panel's changes are saved when the user looks elsewhere
// (clicking the map, choosing someone else, closing the panel) with one undo; a new stakeholder's
// form and a step's notes come back after switching tabs or closing the dialog; a reload asks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { openJourney } from './support/journey-dialog';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('drafts');

async function start(): Promise<Page> {
  const app = await launchOnSample(t);
  return app.page;
}

async function openInList(page: Page, name: string) {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(name) }).click();
  return page.getByRole('form', { name: `Details of ${name}` });
}

async function roleOnDisk(name: string): Promise<string | undefined> {
  return (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.role;
}

/** Reloading with unsaved work brings up the page's "leave?" question; staying keeps the page. */
async function reloadIsRefused(page: Page): Promise<void> {
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await page.reload({ timeout: 1500 }).catch(() => undefined);
  expect(await asked).toBe('beforeunload');
}

describe('drafts', () => {
  it('saves panel changes on clicking the map and on choosing someone else, each with its own undo', async () => {
    const page = await start();
    let form = await openInList(page, 'Lena Marsh');
    await form.getByLabel('Role or title').fill('Peer advocate');
    await form.getByLabel('Engagement stage').selectOption('contacted');
    await form.getByLabel('Influence (1 to 5)').selectOption('4');
    // Another row in the list: the first record's changes are saved, not dropped.
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: /Kwame Adjei/ }).click();
    const saved = page.getByRole('alert').getByText('Saved your changes to “Lena Marsh”. Undo takes them back.');
    await saved.waitFor();
    await waitUntilSaved(page);
    const rosa = (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === 'Lena Marsh');
    expect(rosa).toMatchObject({ role: 'Peer advocate', stage: 'contacted', influence: 4 });

    // Undo takes the change back and its notice goes with it.
    await page.getByRole('button', { name: 'Undo' }).click();
    await saved.waitFor({ state: 'hidden' });
    await expect.poll(() => roleOnDisk('Lena Marsh')).not.toBe('Peer advocate');

    // Carla's panel is open: type, then click an empty spot of the map.
    form = page.getByRole('form', { name: 'Details of Kwame Adjei' });
    await form.getByLabel('Role or title').fill('Branch librarian and reading-group host');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    const map = page.getByRole('application', { name: /^Map of/ });
    await map.click({ position: { x: 8, y: 8 } });
    await page.getByRole('alert').getByText('Saved your changes to “Kwame Adjei”.', { exact: false }).waitFor();
    await expect.poll(() => roleOnDisk('Kwame Adjei')).toBe('Branch librarian and reading-group host');
    await saveScreenshot(page, 'drafts-saved-on-leaving');
    expect(t.app?.errors).toEqual([]);
  });

  it('keeps typed text across tabs, brings a new stakeholder back, and asks before a reload', async () => {
    const page = await start();
    const form = await openInList(page, 'Lena Marsh');
    await form.getByLabel('Notes').fill('Prefers calls after six.');
    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.getByRole('tab', { name: 'Details' }).click();
    expect(await form.getByLabel('Notes').inputValue()).toBe('Prefers calls after six.');
    await reloadIsRefused(page);
    expect(await form.getByLabel('Notes').inputValue()).toBe('Prefers calls after six.');

    // A new stakeholder is never saved unasked: leaving keeps it, "Add stakeholder" brings it back.
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const adding = page.getByRole('form', { name: 'New stakeholder' });
    await adding.getByLabel('Name').fill('Tomás Herrera');
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: /Kwame Adjei/ }).click();
    await page.getByRole('alert').getByText('“Add stakeholder” brings back what you typed', { exact: false }).waitFor();
    expect((await readSampleMap(t.dataDir.path)).stakeholders.some((s) => s.name === 'Tomás Herrera')).toBe(false);
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    expect(await adding.getByLabel('Name').inputValue()).toBe('Tomás Herrera');
    await adding.getByText('Showing changes you typed earlier').waitFor();
    await reloadIsRefused(page);
    await saveScreenshot(page, 'drafts-new-stakeholder-kept');
    await adding.getByRole('button', { name: 'Save' }).click();
    await waitUntilSaved(page);
    expect((await readSampleMap(t.dataDir.path)).stakeholders.some((s) => s.name === 'Tomás Herrera')).toBe(true);
  });

  it('keeps step notes when the section changes and when the dialog closes', async () => {
    const page = await start();
    let dialog = await openJourney(page, 'Seven steps');
    const notes = dialog.getByRole('textbox', { name: /^Notes on/ }).first();
    const label = await notes.getAttribute('aria-label');
    await notes.fill('Ask the clinic who else to invite.');
    await dialog.getByRole('tab', { name: 'Barriers' }).click();
    await dialog.getByRole('tab', { name: 'Seven steps' }).click();
    expect(await dialog.getByLabel(label ?? '').inputValue()).toBe('Ask the clinic who else to invite.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await reloadIsRefused(page);
    dialog = await openJourney(page, 'Seven steps');
    expect(await dialog.getByLabel(label ?? '').inputValue()).toBe('Ask the clinic who else to invite.');
    await dialog.getByText('typed earlier and are not saved yet').first().waitFor();
    await dialog.getByRole('button', { name: 'Save notes' }).click();
    await waitUntilSaved(page);
    const steps = await readSampleMap(t.dataDir.path);
    expect(JSON.stringify(steps)).toContain('Ask the clinic who else to invite.');
  });
});
