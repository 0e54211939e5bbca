// Working in bulk from the list: tick a row, Shift+tick another to take the rows between, set the
// stage of all of them in one step, undo it in one step, and delete several with one undo.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { coveredControls } from './support/layout-checks';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('bulk');

async function start(): Promise<Page> {
  const app = await launchOnSample(t);
  await app.page.getByRole('button', { name: 'List', exact: true }).click();
  return app.page;
}

describe('bulk work in the list', () => {
  it('sets the stage of a shift-ticked range in one step and undoes it in one step', async () => {
    const page = await start();
    const table = page.getByRole('table', { name: 'Stakeholders' });
    const names = (await table.getByRole('rowheader').allTextContents()).slice(0, 4);
    await page.getByRole('checkbox', { name: 'Choose ' + names[0] }).click();
    await page.getByRole('checkbox', { name: 'Choose ' + names[3] }).click({ modifiers: ['Shift'] });
    const bar = page.getByRole('group', { name: /^Change the 4 chosen stakeholders/ });
    await bar.getByText('4 stakeholders chosen').waitFor();
    await bar.getByLabel('Stage').selectOption('member');
    await bar.getByRole('button', { name: 'Set stage' }).click();
    await waitUntilSaved(page);
    await page.getByRole('alert').getByText(/^Set the stage of \d stakeholders? to Member\. Undo takes it back\./).waitFor();
    const chosenIds = async () => (await readSampleMap(t.dataDir.path)).stakeholders.filter((s) => names.some((n) => s.name === n.replace(/(Anchor|Confidential|Highlighted)$/, '')));
    expect((await chosenIds()).every((s) => s.stage === 'member')).toBe(true);
    await page.setViewportSize({ width: 800, height: 600 });
    // The filters fold on the media query's change event, a frame or more after the resize: wait for it.
    await expect.poll(() => page.locator('.workspace.filters-folded').count()).toBe(1);
    expect(await coveredControls(page)).toEqual([]);
    await saveScreenshot(page, 'bulk-bar-800x600');
    await page.setViewportSize({ width: 1360, height: 860 });

    await page.getByRole('button', { name: 'Undo' }).click();
    await waitUntilSaved(page);
    await expect.poll(async () => (await chosenIds()).every((s) => s.stage === 'member')).toBe(false);
  });

  it('deletes the chosen stakeholders with their ties, and one Undo brings them all back', async () => {
    const page = await start();
    const before = await readSampleMap(t.dataDir.path);
    const table = page.getByRole('table', { name: 'Stakeholders' });
    const rowNames = await table.getByRole('rowheader').allTextContents();
    await page.getByRole('checkbox', { name: 'Choose ' + rowNames[1] }).click();
    await page.getByRole('checkbox', { name: 'Choose ' + rowNames[2] }).click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete 2 stakeholders' }).click();
    await waitUntilSaved(page);
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.length).toBe(before.stakeholders.length - 2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.length).toBe(before.stakeholders.length);
    expect((await readSampleMap(t.dataDir.path)).ties.length).toBe(before.ties.length);
  });
});
