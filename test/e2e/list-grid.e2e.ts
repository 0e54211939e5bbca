// The list as a data grid on a 20,000-stakeholder map: it sorts by a column, filters by a column,
// edits a cell through the store (saved to disk, and one Undo takes it back), pages with PageDown,
// and keeps only a bounded window of rows in the DOM however far it scrolls. Custom fields show as
// columns on demand. Screenshots at 1280x800 and 800x600.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { readMapFile } from '../../electron/main/store/read-map';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { coveredControls, seriousAxeViolations } from './support/layout-checks';
import { readSampleMap } from './support/sample-map';

const t = appPerTest('list-grid');
const SIZE = 20_000;
/** Far fewer than 20,000: a screenful plus the overscan above and below. */
const MAX_ROWS_IN_DOM = 120;
/** A 20,000-row sort or a save can take seconds on a busy machine: more than expect.poll's one second. */
const SLOW = { timeout: 15_000 };

/** Every third stakeholder gets a "Ward" custom field, so the grid has a custom column to offer. */
function bigMap(): MapDocument {
  const map = positionedMap(SIZE, 11);
  return { ...map, stakeholders: map.stakeholders.map((s, i) => (i % 3 === 0 ? { ...s, custom: { ...s.custom, Ward: `Ward ${i % 12}` } } : s)) };
}

const rowsInDom = (page: Page) => page.locator('table[aria-label="Stakeholders"] tbody tr:not([aria-hidden])').count();
const focusedRowIndex = (page: Page) => page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? -1));

describe('the list grid on a big map', () => {
  it('sorts, filters, edits a cell with undo, pages, and renders only a window of rows', async () => {
    const map = bigMap();
    const path = await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByRole('table', { name: 'Stakeholders' });
    await table.waitFor();
    await page.getByRole('status').filter({ hasText: `Showing ${SIZE} of ${SIZE}` }).waitFor();
    expect(await rowsInDom(page)).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

    // Sort: Influence twice is highest first.
    const influence = table.getByRole('button', { name: 'Influence', exact: true });
    await influence.click();
    await influence.click();
    await expect.poll(() => table.getByRole('columnheader', { name: /^Influence/ }).getAttribute('aria-sort'), SLOW).toBe('descending');
    const top = Math.max(...map.stakeholders.map((s) => s.influence ?? 0));
    const firstRow = table.locator('tbody tr:not([aria-hidden])').first();
    expect(await firstRow.locator('td').nth(5).textContent()).toBe(String(top));

    // Filter: the Stage column's own filter.
    await table.getByLabel('Filter Stage').fill('member');
    const members = map.stakeholders.filter((s) => s.stage === 'member').length;
    await page.getByRole('status').filter({ hasText: `Showing ${members} of ${SIZE}` }).waitFor();

    // A custom field as a column, filtered by its own filter.
    await page.getByText('More columns').click();
    await page.getByRole('checkbox', { name: 'Ward', exact: true }).check();
    await page.getByText('More columns').click();
    await table.getByLabel('Filter Ward').fill('ward 9');
    const inWard = map.stakeholders.filter((s) => s.stage === 'member' && s.custom.Ward === 'Ward 9').length;
    expect(inWard).toBeGreaterThan(0);
    await page.getByRole('status').filter({ hasText: `Showing ${inWard} of ${SIZE}` }).waitFor();
    await saveScreenshot(page, 'list-grid-1280x800');

    // Edit a cell by keyboard: focus the first row, step right to Role, Enter, type, Enter.
    const row = table.locator('tbody tr:not([aria-hidden])').first();
    const name = (await row.locator('th').textContent())!.replace(/(Anchor|Confidential|Highlighted)+$/, '');
    const person = map.stakeholders.find((s) => s.name === name)!;
    await row.focus();
    // The first ArrowRight enters the Name cell (column 0); Role is column 4.
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('4');
    await page.keyboard.press('Enter');
    const editor = table.getByLabel(`Role of ${name}`);
    await editor.waitFor();
    await editor.fill('Ward captain');
    await page.keyboard.press('Enter');
    // The window shows it first (a second or more on a busy machine: the edit and the re-sorted
    // 20,000 rows), then the file follows.
    await expect.poll(() => row.locator('td').nth(4).textContent(), SLOW).toBe('Ward captain');
    await expect.poll(async () => (await readMapFile(path)).stakeholders.find((s) => s.id === person.id)?.role, { timeout: 45_000, interval: 1_000 }).toBe('Ward captain');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-col'))).toBe('4');
    // Escape throws an edit away.
    await page.keyboard.press('Enter');
    await table.getByLabel(`Role of ${name}`).fill('Not kept');
    await page.keyboard.press('Escape');
    await expect.poll(() => row.locator('td').nth(4).textContent(), SLOW).toBe('Ward captain');
    // One Undo takes the edit back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readMapFile(path)).stakeholders.find((s) => s.id === person.id)?.role, { timeout: 45_000, interval: 1_000 }).toBe(person.role);

    // Paging over the whole list: clear the filters, PageDown moves a screenful, the DOM stays small.
    await table.getByLabel('Filter Ward').fill('');
    await table.getByLabel('Filter Stage').fill('');
    await page.getByRole('status').filter({ hasText: `Showing ${SIZE} of ${SIZE}` }).waitFor();
    await table.locator('tbody tr:not([aria-hidden])').first().focus();
    const start = await focusedRowIndex(page);
    for (let i = 0; i < 30; i += 1) await page.keyboard.press('PageDown');
    const paged = await focusedRowIndex(page);
    expect(paged - start).toBeGreaterThan(30 * 5);
    expect(await table.locator('..').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await rowsInDom(page)).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    await page.keyboard.press('End');
    await expect.poll(() => focusedRowIndex(page), SLOW).toBe(SIZE + 1);
    expect(await rowsInDom(page)).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    await page.keyboard.press('Home');
    await expect.poll(() => focusedRowIndex(page), SLOW).toBe(2);

    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => page.locator('.workspace.filters-folded').count()).toBe(1);
    expect(await coveredControls(page)).toEqual([]);
    await saveScreenshot(page, 'list-grid-800x600');
    expect(t.app.errors).toEqual([]);
    // A 20,000-stakeholder map is read from disk after each save: more than the usual two minutes on a busy machine.
  }, 240_000);
});

describe('the list grid on the sample', () => {
  it('shows a measure as a column, sorted and filtered, and edits stage and owner by mouse and keyboard', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByRole('table', { name: 'Stakeholders' });

    // Betweenness from the analysis, highest first.
    await page.getByText('More columns').click();
    await page.getByRole('checkbox', { name: 'Betweenness', exact: true }).check();
    await page.getByText('More columns').click();
    const sortButton = table.getByRole('button', { name: 'Betweenness', exact: true });
    await sortButton.click();
    await sortButton.click();
    const column = table.locator('tbody tr:not([aria-hidden]) td[data-col="9"]');
    await expect.poll(async () => (await column.allTextContents()).filter((v) => v !== '').length, SLOW).toBe(41);
    const values = (await column.allTextContents()).map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(0);
    await table.getByLabel('Filter Betweenness').fill('> 0');
    await page.getByRole('status').filter({ hasText: `Showing ${values.filter((v) => v > 0).length} of 41` }).waitFor();
    await table.getByLabel('Filter Betweenness').fill('');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Stage by double click and the keyboard: the choice is kept with Enter, one undo step.
    const row = table.locator('tbody tr:not([aria-hidden])').first();
    const name = (await row.locator('th').textContent())!.replace(/(Anchor|Confidential|Highlighted)+$/, '');
    await row.locator('td[data-col="3"]').dblclick();
    const stage = table.getByLabel(`Stage of ${name}`);
    await stage.selectOption('declined');
    await stage.press('Enter');
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.stage, SLOW).toBe('declined');

    // Owner by F2; leaving the field (a click elsewhere) keeps what was typed.
    await row.locator('td[data-col="6"]').click();
    await page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('heading', { name }).waitFor();
    await row.locator('td[data-col="6"]').focus();
    await page.keyboard.press('F2');
    await table.getByLabel(`Owner of ${name}`).fill('Priya');
    await page.getByLabel('Filter the list').click();
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.custom['Owner'], SLOW).toBe('Priya');
    // Escape closes an opened editor and changes nothing.
    await row.locator('td[data-col="5"]').focus();
    await page.keyboard.press('Enter');
    await table.getByLabel(`Influence of ${name}`).waitFor();
    await page.keyboard.press('Escape');
    // The category boxes, the largest editor, pass axe too.
    await row.locator('td[data-col="2"]').dblclick();
    await table.getByRole('group', { name: `Categories of ${name}` }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await saveScreenshot(page, 'list-grid-sample');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.custom['Owner'], SLOW).toBeUndefined();
    expect((await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.stage).toBe('declined');
    expect(app.errors).toEqual([]);
  });
});
