// Every window from 800x600 up: at each size nothing covers a visible control (each button's centre
// is that button), each dialog shows its main button without scrolling, and axe-core finds no
// serious or critical problem on the main screens and dialogs, and the toolbar keeps to one row of
// buttons (what has no room waits under "More…"). Screenshots of each size.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { coveredControls, fullyVisible, seriousAxeViolations } from './support/layout-checks';
import { toolbarButton, toolbarSettled } from './support/toolbar';

const t = appPerTest('window-sizes');
const SIZES = [
  [1920, 1080],
  [1440, 900],
  [1360, 860],
  [1024, 700],
  [800, 600],
] as const;

interface DialogCase {
  readonly opener: string;
  readonly name: string;
  /** The dialog's main button: the one a person came to press. */
  readonly primary: string;
  /** Opened from the toolbar, where it may wait under "More…" (else from the header). */
  readonly toolbar?: true;
}
const DIALOGS: readonly DialogCase[] = [
  { opener: 'Coalition profile', name: 'Coalition profile', primary: 'Save profile' },
  { opener: 'Export…', name: 'Export', primary: 'Save export…', toolbar: true },
  { opener: 'New map', name: 'New map', primary: 'Create map', toolbar: true },
  { opener: 'Journey', name: "The coalition's journey", primary: 'Close' },
];

async function start(): Promise<Page> {
  const app = await launchOnSample(t);
  return app.page;
}

async function openDialog(page: Page, d: DialogCase): Promise<Locator> {
  const opener = d.toolbar ? await toolbarButton(page, d.opener) : page.getByRole('button', { name: d.opener, exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: d.name });
  await dialog.waitFor();
  return dialog;
}

/**
 * Why the toolbar is not one row of buttons, or null when it is: its controls' tops more than half
 * a button apart start a new row, and the bar's inner height must be that of the tallest control.
 */
async function toolbarNotOneRow(page: Page): Promise<string | null> {
  await toolbarSettled(page);
  return page.getByRole('toolbar', { name: 'Map commands' }).evaluate((bar) => {
    const boxes = [...bar.querySelectorAll<HTMLElement>(':scope > *, :scope > .toolbar-fold > *')]
      .filter((c) => getComputedStyle(c).display !== 'contents' && c.offsetParent !== null)
      .map((c) => c.getBoundingClientRect());
    const rows: number[] = [];
    for (const top of boxes.map((b) => b.top).sort((a, b) => a - b)) if (rows.every((r) => Math.abs(r - top) > 16)) rows.push(top);
    const style = getComputedStyle(bar);
    const inner = bar.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const tallest = Math.max(...boxes.map((b) => b.height));
    if (rows.length !== 1) return `it takes ${rows.length} rows`;
    return Math.abs(inner - tallest) > 1 ? `it is ${inner}px tall inside for ${tallest}px buttons` : null;
  });
}

/**
 * How many px of an input's placeholder are cut off (0 when it is whole): the placeholder put in as
 * its value for a moment (no input event, so the app does not see it) overflows by that much.
 */
async function placeholderCut(input: Locator): Promise<number> {
  return input.evaluate((el: HTMLInputElement) => {
    const before = el.value;
    el.value = el.placeholder;
    const cut = el.scrollWidth - el.clientWidth;
    el.value = before;
    return cut;
  });
}

/** Whether a tab is wholly inside its tab strip's visible box (not scrolled or wrapped out of it). */
async function tabInStrip(tab: Locator): Promise<boolean> {
  return tab.evaluate((el) => {
    const strip = el.closest('[role="tablist"]');
    if (!strip) return false;
    const t = el.getBoundingClientRect();
    const s = strip.getBoundingClientRect();
    return t.left >= s.left - 0.5 && t.right <= s.right + 0.5 && t.top >= s.top - 0.5 && t.bottom <= s.bottom + 0.5;
  });
}

describe('every window from 800x600 up', () => {
  it('has no covered controls, a one-row toolbar and every dialog showing its main button, from 1920x1080 to 800x600', async () => {
    const page = await start();
    const problems: string[] = [];
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      for (const view of ['Map', 'List'] as const) {
        await page.getByRole('button', { name: view, exact: true }).click();
        await page.getByRole('tab', { name: 'Details' }).click();
        for (const c of await coveredControls(page)) problems.push(`${width}x${height} ${view}: ${c.control} is covered by ${c.coveredBy}`);
      }
      await page.getByRole('button', { name: 'Map', exact: true }).click();
      const notOneRow = await toolbarNotOneRow(page);
      if (notOneRow !== null) problems.push(`${width}x${height}: the toolbar is not one row: ${notOneRow}`);
      await saveScreenshot(page, `window-${width}x${height}`);
      for (const d of DIALOGS) {
        const dialog = await openDialog(page, d);
        const primary = dialog.getByRole('button', { name: d.primary, exact: true }).last();
        if (!(await fullyVisible(primary))) problems.push(`${width}x${height} ${d.name}: "${d.primary}" is not in view`);
        for (const c of await coveredControls(page)) problems.push(`${width}x${height} ${d.name}: ${c.control} is covered by ${c.coveredBy}`);
        if (width === 800) await saveScreenshot(page, `window-800x600-${d.name.replace(/\W+/g, '-').toLowerCase()}`);
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps the journey's tabs in one row (every tab in reach by arrows) and the search box's placeholder whole, at 1024x700 and 800x600", async () => {
    const page = await start();
    const problems: string[] = [];
    for (const [width, height] of [[1024, 700], [800, 600]] as const) {
      await page.setViewportSize({ width, height });
      await toolbarSettled(page);
      const cut = await placeholderCut(page.getByRole('search').locator('input'));
      if (cut > 0) problems.push(`${width}x${height}: the search placeholder is cut by ${cut.toFixed(1)}px`);
      const notOneRow = await toolbarNotOneRow(page);
      if (notOneRow !== null) problems.push(`${width}x${height}: the toolbar is not one row: ${notOneRow}`);
      const dialog = await openDialog(page, DIALOGS.find((d) => d.opener === 'Journey') as DialogCase);
      const tabs = dialog.getByRole('tab');
      const tops = new Set(await tabs.evaluateAll((all) => all.map((t) => Math.round(t.getBoundingClientRect().top))));
      if (tops.size !== 1) problems.push(`${width}x${height}: the journey's tabs take ${tops.size} rows`);
      if (width === 1024 && !(await tabInStrip(tabs.last()))) problems.push('1024x700: "Evaluation" is not in view without scrolling');
      // Keyboard: End reaches the last tab and brings it into view; Home the first.
      await tabs.first().focus();
      await page.keyboard.press('End');
      await expect.poll(() => tabInStrip(dialog.getByRole('tab', { name: 'Evaluation' }))).toBe(true);
      expect(await dialog.getByRole('tab', { name: 'Evaluation' }).getAttribute('aria-selected')).toBe('true');
      await saveScreenshot(page, `window-${width}x${height}-journey-tabs`);
      await page.keyboard.press('Home');
      await expect.poll(() => tabInStrip(dialog.getByRole('tab', { name: 'Seven steps' }))).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(problems).toEqual([]);
  });

  it('axe-core finds no serious or critical problem on the main screens and dialogs', async () => {
    const page = await start();
    const found: string[] = [];
    const check = async (where: string) => {
      for (const v of await seriousAxeViolations(page)) found.push(`${where}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
    };
    await check('map');
    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.getByRole('heading', { name: 'Voice balance' }).waitFor();
    await check('insights');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row').nth(1).click();
    await check('list with a stakeholder open');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await check('new stakeholder form');
    for (const d of DIALOGS) {
      const dialog = await openDialog(page, d);
      await check(d.name);
      if (d.name === "The coalition's journey") {
        for (const tab of ['Barriers', 'Meetings', 'Tasks', 'Committees', 'Snapshots']) {
          await dialog.getByRole('tab', { name: tab }).click();
          await check(`journey: ${tab}`);
        }
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    expect(found).toEqual([]);
  });

  it('moves focus by keyboard: into Name on "Add stakeholder", back to the opener after a dialog, arrows in tabs, pages in the list', async () => {
    const page = await start();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent)).toBe('Name');

    const journey = page.getByRole('button', { name: 'Journey', exact: true });
    await journey.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: "The coalition's journey" });
    await dialog.getByRole('tab', { name: 'Seven steps' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Barriers');
    expect(await dialog.getByRole('tab', { name: 'Barriers' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Evaluation');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focused()).toBe('Journey');

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Stakeholders' }).getByRole('row');
    await rows.nth(1).focus();
    const first = await focused();
    await page.keyboard.press('PageDown');
    const index = () => page.evaluate(() => Number(document.activeElement?.getAttribute('aria-rowindex')));
    expect(await index()).toBeGreaterThan(3);
    await page.keyboard.press('End');
    expect(await index()).toBe(42); // 41 stakeholders after the header row
    await page.keyboard.press('Home');
    expect(await focused()).toBe(first);
    await page.keyboard.press('PageUp');
    expect(await index()).toBe(2);
  });
});
