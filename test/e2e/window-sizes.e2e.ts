// Every window from 800x600 up: at each size nothing covers a visible control (each button's centre
// is that button), each dialog shows its main button without scrolling, and axe-core finds no
// serious or critical problem on the main screens and dialogs. Screenshots of each size.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { coveredControls, fullyVisible, seriousAxeViolations } from './support/layout-checks';
import { waitUntilSaved } from './support/sample-map';

const t = appPerTest('window-sizes');
const SIZES = [
  [1440, 900],
  [1024, 700],
  [800, 600],
] as const;

interface DialogCase {
  readonly opener: string;
  readonly name: string;
  /** The dialog's main button: the one a person came to press. */
  readonly primary: string;
}
const DIALOGS: readonly DialogCase[] = [
  { opener: 'Coalition profile', name: 'Coalition profile', primary: 'Save profile' },
  { opener: 'Export…', name: 'Export', primary: 'Save export…' },
  { opener: 'New map', name: 'New map', primary: 'Create map' },
  { opener: 'Journey', name: "The coalition's journey", primary: 'Close' },
];

async function start(): Promise<Page> {
  t.app = await launchApp({ dataDir: t.dataDir.path });
  await waitUntilSaved(t.app.page);
  return t.app.page;
}

async function openDialog(page: Page, d: DialogCase): Promise<Locator> {
  const opener = page.getByRole('button', { name: d.opener, exact: true });
  // In a smaller window the less used commands wait under the toolbar's "More…".
  if (!(await opener.isVisible())) await page.getByRole('button', { name: 'More…', exact: true }).click();
  await opener.click();
  const dialog = page.getByRole('dialog', { name: d.name });
  await dialog.waitFor();
  return dialog;
}

/** How many rows the toolbar's controls take (tops more than half a button apart start a new row). */
async function toolbarRows(page: Page): Promise<number> {
  return page.getByRole('toolbar', { name: 'Map commands' }).evaluate((bar) => {
    const tops = [...bar.children].filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.getBoundingClientRect().top);
    const rows: number[] = [];
    for (const top of tops.sort((a, b) => a - b)) if (rows.every((r) => Math.abs(r - top) > 16)) rows.push(top);
    return rows.length;
  });
}

describe('every window from 800x600 up', () => {
  it('has no covered controls and every dialog shows its main button, at 1440x900, 1024x700 and 800x600', async () => {
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
      // From 1340 px every command has room in the row(s); below, the rare ones go under "More…" and one row must do.
      const rows = await toolbarRows(page);
      if (width < 1340 && rows !== 1) problems.push(`${width}x${height}: the toolbar takes ${rows} rows`);
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
