// The window's Undo on a shared map (check 6 in the window), with two real windows on their own
// data folders and a folder relay. Ana changes one person's role and Ben another's; once Ben's
// change has come into Ana's window (her own undo history is then gone), Ctrl+Z takes back Ana's
// change in both windows and keeps Ben's. Then both change one field in turn, and Ana's Ctrl+Z is
// refused with a notice that says who changed it since, and nothing changes. Keyboard only, at 800x600.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/files';
import { coveredControls, seriousAxeViolations } from './support/layout-checks';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import { joinWith, shareAsAna, useSharingWindows, waitForSharingStatus } from './support/sharing-windows';

const SLOW = { timeout: 45_000 };
const { tempDir, launch } = useSharingWindows();

/** Finds `person` with Ctrl+F and Enter, types the new role in the details panel and saves with Enter. */
async function setRoleByKeyboard(page: Page, person: string, role: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await page.keyboard.insertText(person);
  await page.keyboard.press('Enter');
  const field = page.getByRole('form', { name: `Details of ${person}` }).getByLabel('Role or title');
  await field.waitFor();
  await field.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(role);
  await page.keyboard.press('Enter');
  await waitUntilSaved(page);
}

/** The list's row of `person` shows `role` (the others' changes are taken in within seconds). */
async function waitForRole(page: Page, person: string, role: string): Promise<void> {
  const row = page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: new RegExp(person) }).first();
  await expect.poll(async () => row.textContent(), SLOW).toContain(role);
}

/** Ctrl+Z with the focus on the toolbar's Undo (out of any text field, whose own undo would win). */
async function undoByKeyboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Undo', exact: true }).focus();
  await page.keyboard.press('Control+z');
}

async function showList(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'List', exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe("the window's Undo on a shared map after the others' changes came in", () => {
  it('takes back your own change in both windows, and refuses in words when someone changed that field since', async () => {
    const anaDir = await tempDir('undo-ana');
    const benDir = await tempDir('undo-ben');
    const relay = join((await tempDir('undo-relay')).path, 'relay');
    const ana = await launch(anaDir.path);
    const ben = await launch(benDir.path);
    await ana.page.setViewportSize({ width: 800, height: 600 });
    const { invite, done } = await shareAsAna(ana.page, relay, 'Ben');
    await done();
    await waitForSharingStatus(ana.page, 'Shared · synced', SLOW.timeout);
    await joinWith(ben.page, invite, SLOW.timeout);
    for (const page of [ana.page, ben.page]) await page.getByRole('button', { name: 'Members (2)…' }).waitFor(SLOW);
    for (const page of [ana.page, ben.page]) await showList(page);

    // Ana changes Tomas's role, Ben Kwame's; each change reaches the other window.
    await setRoleByKeyboard(ana.page, 'Tomas Ferreira', 'Shelter director, acting');
    await setRoleByKeyboard(ben.page, 'Kwame Adjei', 'Head librarian');
    await waitForRole(ana.page, 'Kwame Adjei', 'Head librarian');
    await waitForRole(ben.page, 'Tomas Ferreira', 'Shelter director, acting');

    // Ana's Ctrl+Z: her change is gone in both windows (and her map file), Ben's stays.
    const undo = ana.page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(async () => undo.getAttribute('title'), SLOW).toBe('Undo your last change to the shared map, for everyone (Ctrl+Z)');
    expect(await undo.isEnabled()).toBe(true);
    await undoByKeyboard(ana.page);
    await ana.page.getByRole('alert').getByText('Undone for everyone: your last change (role of Tomas Ferreira).').waitFor(SLOW);
    for (const page of [ana.page, ben.page]) {
      await waitForRole(page, 'Tomas Ferreira', 'Director, Safe Harbor Shelter');
      await waitForRole(page, 'Kwame Adjei', 'Head librarian');
    }
    await expect.poll(async () => (await readSampleMap(anaDir.path)).stakeholders.find((s) => s.name === 'Tomas Ferreira')?.role, SLOW).toBe('Director, Safe Harbor Shelter');
    await saveScreenshot(ana.page, 'sharing-undo-800x600');
    // Nothing of Ana's is left to undo, and Redo has nothing to bring back: both buttons are off.
    await expect.poll(async () => undo.isEnabled(), SLOW).toBe(false);
    expect(await ana.page.getByRole('button', { name: 'Redo', exact: true }).isEnabled()).toBe(false);

    // Ana changes Walter's role, then Ben changes it again: Ana's Ctrl+Z is refused in words.
    await setRoleByKeyboard(ana.page, 'Walter Ng', 'County board chair');
    await waitForRole(ben.page, 'Walter Ng', 'County board chair');
    await setRoleByKeyboard(ben.page, 'Walter Ng', 'County commissioner, chair');
    await waitForRole(ana.page, 'Walter Ng', 'County commissioner, chair');
    await expect.poll(async () => undo.getAttribute('title'), SLOW).toBe('Undo your last change to the shared map, for everyone (Ctrl+Z)');
    await undoByKeyboard(ana.page);
    await ana.page.getByRole('alert').getByText('Not undone: Ben changed role of Walter Ng since your change.').waitFor(SLOW);
    await saveScreenshot(ana.page, 'sharing-undo-refused-800x600');
    await waitForRole(ana.page, 'Walter Ng', 'County commissioner, chair');
    await waitForRole(ben.page, 'Walter Ng', 'County commissioner, chair');
    expect((await readSampleMap(anaDir.path)).stakeholders.find((s) => s.name === 'Walter Ng')?.role).toBe('County commissioner, chair');

    expect(await seriousAxeViolations(ana.page)).toEqual([]);
    expect(await coveredControls(ana.page)).toEqual([]);
    for (const app of [ana, ben]) expect(app.errors).toEqual([]);
  }, 240_000);
});
