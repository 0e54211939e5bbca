// The window's start does not load what only a dialog needs: the passphrase dialog's strength meter
// (zxcvbn's dictionaries, about as much script again as the rest of the window) loads when the dialog
// first opens, and the meter works then.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('start-chunks');

/** The scripts the page has loaded so far, by file name. */
async function scriptsLoaded(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return names.filter((n) => n.endsWith('.js')).map((n) => n.replace(/^.*\//, ''));
}

describe('the window start', () => {
  it('loads the passphrase dialog and its dictionaries only when the dialog opens', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    const atStart = await scriptsLoaded(page);
    expect(atStart.some((n) => n.startsWith('index-'))).toBe(true);
    expect(atStart.filter((n) => n.startsWith('PassphraseDialog-'))).toEqual([]);
    await (await toolbarButton(page, 'Protect with passphrase…')).click();
    await page.getByLabel('New passphrase (at least 8 characters)').fill('qwertyuiop');
    await page.getByText('Very weak', { exact: true }).waitFor();
    expect((await scriptsLoaded(page)).filter((n) => n.startsWith('PassphraseDialog-'))).toHaveLength(1);
  });
});
