// The coalition profile editor and the recent maps, driven as a person finds them (roles and
// labels, mouse and keyboard), against the real backend and real files in a temp data folder.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE_NAME } from '../../electron/main/backend';
import { mapDocumentSchema } from '../../shared/schema';
import type { LaunchedApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('profile');

async function start(): Promise<LaunchedApp> {
  return launchOnSample(t);
}

function profileDialog(page: LaunchedApp['page']) {
  return page.getByRole('dialog', { name: 'Coalition profile' });
}

async function openProfile(page: LaunchedApp['page']) {
  await page.getByRole('button', { name: 'Coalition profile' }).click();
  const dialog = profileDialog(page);
  await dialog.waitFor();
  return dialog;
}

async function onDisk(fileName: string) {
  return mapDocumentSchema.parse(JSON.parse(await readFile(join(t.dataDir.path, 'maps', fileName), 'utf8')));
}

describe('coalition profile', () => {
  it('edits the mission and a coverage target, undoes a later edit, and keeps the change after a relaunch', async () => {
    const { page } = await start();
    expect(await page.title()).toContain(SAMPLE_FILE_NAME);

    let dialog = await openProfile(page);
    await dialog.getByLabel('Mission').fill('Every survivor in Harlow Bend finds help within a day.');
    await dialog.getByLabel('Minimum members: Policymaker').fill('3');
    // A share above 100% is refused beside the field, and nothing is saved.
    const share = dialog.getByLabel('Minimum share of members (%): Policymaker');
    await share.fill('150');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.getByText('A percentage from 0 to 100.').waitFor();
    expect(await share.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Minimum share of members (%): Policymaker');
    await share.fill('25');
    await dialog.getByRole('heading', { name: 'Coalition profile' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'profile-editor');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    let saved = await onDisk(SAMPLE_FILE_NAME);
    expect(saved.coalition.mission).toBe('Every survivor in Harlow Bend finds help within a day.');
    expect(saved.coalition.targets.policymaker).toEqual({ minMembers: 3, minShare: 0.25 });

    // A second edit, then Undo: exactly that edit is taken back, on screen and on disk.
    dialog = await openProfile(page);
    expect(await dialog.getByLabel('Minimum members: Policymaker').inputValue()).toBe('3');
    await dialog.getByLabel('Mission').fill('A second thought.');
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk(SAMPLE_FILE_NAME)).coalition.mission).toBe('Every survivor in Harlow Bend finds help within a day.');
    dialog = await openProfile(page);
    expect(await dialog.getByLabel('Mission').inputValue()).toBe('Every survivor in Harlow Bend finds help within a day.');
    // Escape closes without saving.
    await dialog.getByLabel('Mission').fill('Never saved');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(t.app?.errors).toEqual([]);
    await t.app?.close();

    const relaunched = await start();
    dialog = await openProfile(relaunched.page);
    expect(await dialog.getByLabel('Mission').inputValue()).toBe('Every survivor in Harlow Bend finds help within a day.');
    expect(await dialog.getByLabel('Minimum members: Policymaker').inputValue()).toBe('3');
    expect(await dialog.getByLabel('Minimum share of members (%): Policymaker').inputValue()).toBe('25');
    saved = await onDisk(SAMPLE_FILE_NAME);
    expect(saved.coalition.mission).toBe('Every survivor in Harlow Bend finds help within a day.');
    expect(relaunched.errors).toEqual([]);
    expect(relaunched.requests).toEqual([]);
  });

  it('asks before removing a service that organizations offer, then removes it everywhere in one step', async () => {
    const { page } = await start();
    const before = await onDisk(SAMPLE_FILE_NAME);
    const providers = before.stakeholders.filter((s) => s.services.includes('emergency-shelter'));
    expect(providers.length).toBeGreaterThan(0);

    const dialog = await openProfile(page);
    await dialog.getByRole('button', { name: 'Remove Emergency shelter' }).click();
    await dialog.getByLabel('New service').fill('Peer support groups');
    await dialog.getByLabel('New service').press('Enter');
    await dialog.getByLabel('Wanted: Peer support groups').check();
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    const confirm = dialog.getByRole('region', { name: 'Remove this service?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(providers[0]?.name ?? '');
    await dialog.getByRole('button', { name: 'Remove and save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    const after = await onDisk(SAMPLE_FILE_NAME);
    expect(after.coalition.serviceCatalog.map((s) => s.label)).toContain('Peer support groups');
    expect(after.coalition.servicesWanted).toContain('peer-support-groups');
    expect(after.coalition.servicesWanted).not.toContain('emergency-shelter');
    expect(after.stakeholders.some((s) => s.services.includes('emergency-shelter'))).toBe(false);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await onDisk(SAMPLE_FILE_NAME)).stakeholders.filter((s) => s.services.includes('emergency-shelter')).length).toBe(providers.length);
    expect(t.app?.errors).toEqual([]);
  });
});

describe('recent maps', () => {
  it('opens a map from the toolbar list by mouse and by keyboard, and from the native menu', async () => {
    const { page } = await start();
    const sampleName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await (await toolbarButton(page, 'New map')).click();
    const newMap = page.getByRole('dialog', { name: 'New map' });
    await newMap.getByLabel('Coalition name').fill('Eastside Network');
    await newMap.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eastside Network' }).waitFor();
    expect(await page.title()).toContain('eastside-network.coalition.json');

    // Mouse: the list shows each map's coalition and file; the open one cannot be picked again.
    // A window wide enough for the map-file commands to stand in the toolbar's row (not under "More…").
    await page.setViewportSize({ width: 1920, height: 1080 });
    const opener = await toolbarButton(page, 'Open recent');
    await opener.click();
    const menu = page.getByRole('menu', { name: 'Recent maps' });
    await menu.waitFor();
    const items = menu.getByRole('menuitem');
    // The list is read from disk when the menu opens.
    await expect.poll(() => items.allTextContents()).toEqual([
      'Eastside Networkeastside-network.coalition.json · open now',
      `${sampleName}${SAMPLE_FILE_NAME}`,
    ]);
    expect(await items.first().getAttribute('aria-disabled')).toBe('true');
    await menu.getByRole('menuitem', { name: new RegExp(SAMPLE_FILE_NAME) }).click();
    await page.getByRole('heading', { level: 1, name: sampleName }).waitFor();
    await menu.waitFor({ state: 'hidden' });

    // Keyboard: ArrowDown opens the menu on its first item, arrows move, Enter picks, Escape closes.
    await opener.focus();
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    // The button itself, not the page (whose text also holds "Open recent"): Enter must reach it.
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-haspopup")')).toBe('menu');
    await page.keyboard.press('Enter');
    await menu.getByRole('menuitem').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate('document.activeElement?.textContent')).toContain('eastside-network.coalition.json');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Eastside Network' }).waitFor();

    // Escape in the very moment the list arrives (items in the page, React's effects not yet run)
    // closes the menu with the focus left on the button, so Enter opens it again.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('button[aria-haspopup="menu"]')].find((b) => b.textContent?.includes('Open recent'));
      const wrap = button?.parentElement;
      if (!(button instanceof HTMLButtonElement) || !wrap) throw new Error('no Open recent button');
      return new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!wrap.querySelector('[role="menuitem"]')) return;
          observer.disconnect();
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
          resolve();
        });
        observer.observe(wrap, { childList: true, subtree: true });
        button.focus();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      });
    });
    await menu.waitFor({ state: 'hidden' });
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-haspopup")')).toBe('menu');
    await page.keyboard.press('Enter');
    await menu.getByRole('menuitem').first().waitFor();
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });

    // File > Open recent in the native menu goes through the same action.
    await t.app?.menuOpenRecent(join(t.dataDir.path, 'maps', SAMPLE_FILE_NAME));
    await page.getByRole('heading', { level: 1, name: sampleName }).waitFor();

    // A recent map that was deleted meanwhile shows the problem screen, not a broken window.
    await rm(join(t.dataDir.path, 'maps', 'eastside-network.coalition.json'));
    await opener.click();
    await menu.getByRole('menuitem', { name: /eastside-network/ }).click();
    await page.getByRole('heading', { level: 1, name: 'The map file is missing' }).waitFor();
    expect(t.app?.errors).toEqual([]);
    expect(t.app?.requests).toEqual([]);
  });
});
