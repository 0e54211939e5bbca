// The `?` shortcut list and the toolbar's "More…": `?` opens the list anywhere but in a text field,
// so do Help > Keyboard shortcuts and "More…"; focus goes back to what opened it. In a 1024x700
// window the rarer commands sit under "More…", and a dialog opened from there returns focus to it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { toolbarSettled } from './support/toolbar';

const t = appPerTest('shortcuts');

async function start(width: number, height: number): Promise<Page> {
  const app = await launchOnSample(t);
  await app.page.setViewportSize({ width, height });
  return app.page;
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');

describe('the shortcut list and "More…"', () => {
  it('opens on ?, lists the map keys, and gives focus back to the opener; not while typing', async () => {
    const page = await start(1024, 700);
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // Typed into the search box, `?` is just a character.
    await page.getByLabel('Find a stakeholder').fill('');
    await page.getByLabel('Find a stakeholder').press('?');
    expect(await list.count()).toBe(0);
    expect(await page.getByLabel('Find a stakeholder').inputValue()).toBe('?');

    await page.getByRole('button', { name: 'Fit', exact: true }).focus();
    await page.keyboard.press('?');
    await list.waitFor();
    for (const keys of ['Arrow keys', 'Enter', 'N', 'Shift+Drag on empty space', 'Ctrl+F']) await list.getByText(keys, { exact: true }).first().waitFor();
    await saveScreenshot(page, 'shortcuts-dialog');
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await focusedName(page)).toBe('Fit');

    // Help > Keyboard shortcuts does the same.
    await t.app!.menu('show-shortcuts');
    await list.waitFor();
    await list.getByRole('button', { name: 'Close' }).click();
    await list.waitFor({ state: 'hidden' });
  });

  it('keeps the toolbar to one row at 1024x700 with the rest under "More…", and focus returns there', async () => {
    const page = await start(1024, 700);
    const more = page.getByRole('button', { name: 'More…', exact: true });
    // The toolbar follows the resize on the next render; then the map-file commands are folded.
    await toolbarSettled(page);
    expect(await page.getByRole('button', { name: 'New map' }).isVisible()).toBe(false);
    await more.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('group', { name: 'More commands' });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    // The first command takes the focus; Escape closes the panel and returns to "More…".
    expect(await focusedName(page)).toBe('New map');
    await saveScreenshot(page, 'toolbar-more-open');
    await page.keyboard.press('Escape');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedName(page)).toBe('More…');

    // A dialog opened from the panel outlives the panel, and closing it returns focus to "More…".
    await page.keyboard.press('Enter');
    await panel.getByRole('button', { name: 'New map' }).click();
    const newMapDialog = page.getByRole('dialog', { name: 'New map' });
    await newMapDialog.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    await newMapDialog.waitFor({ state: 'hidden' });
    expect(await focusedName(page)).toBe('More…');

    // The shortcut list from the panel.
    await more.click();
    await panel.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await focusedName(page)).toBe('More…');
  });
});
