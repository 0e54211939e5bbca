// The import dialog with workbooks and ties sheets, in the real app: the sheet picker of a
// LibreOffice workbook of two sheets (driven from the keyboard), a ties sheet whose own tie-type
// words are mapped in the review, and the whole review at 800x600, where every control is reached
// with Tab and shown uncovered and the Import button is in view without scrolling.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { REPO_ROOT } from '../unit/exchange/fixture-paths';
import { ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { chooseImport } from './support/import-dialog';
import { launchOnSample } from './support/launch-sample';
import { tabThrough } from './support/focus-checks';
import { coveredControls, fullyVisible, seriousAxeViolations } from './support/layout-checks';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('import-sheets', { filesFolder: true });
const onDisk = () => readSampleMap(t.dataDir.path);
const idOf = (map: MapDocument, name: string) => map.stakeholders.find((s) => s.name === name)?.id;

async function importAndWait(page: Page, dialog: Locator): Promise<MapDocument> {
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await waitUntilSaved(page);
  return onDisk();
}

describe('the import dialog with workbooks and ties sheets', () => {
  it('picks a workbook\'s second sheet from the keyboard, and maps a ties sheet\'s own tie types', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;
    const workbook = join(t.files.path, 'partners-libreoffice.xlsx');
    await copyFile(join(REPO_ROOT, 'test/fixtures/messy/partners-libreoffice.xlsx'), workbook);

    // 1. The first sheet is shown; the picker names both, and the arrow key reads the other.
    let dialog = await chooseImport(page, dialogs, workbook);
    const picker = dialog.getByLabel('Sheet to import');
    await dialog.getByText('4 rows in partners-libreoffice.xlsx').waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['Partners', 'Archive 2023']);
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await dialog.getByText('1 row in partners-libreoffice.xlsx').waitFor();
    expect(await picker.inputValue()).toBe('Archive 2023');
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByLabel('What “Contact person” holds').selectOption('name');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-sheet-picker');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^\d+ new/);
    let after = await importAndWait(page, dialog);
    expect(idOf(after, 'Sam Reyes')).toBeDefined();
    expect(idOf(after, 'Zoë Ng')).toBeUndefined();

    // 2. A people sheet with a "Type" of its own and a ties sheet whose "Type" says "volunteers at".
    const people = join(t.files.path, 'people.csv');
    const links = join(t.files.path, 'links.csv');
    await writeFile(people, 'Name,Type\nAmara Okafor,Shelter\nEastside Clinic,Clinic\n');
    await writeFile(links, 'Source,Target,Type\nAmara Okafor,Eastside Clinic,volunteers at\nAmara Okafor,Sam Reyes,old friend\n');
    dialog = await chooseImport(page, dialogs, people);
    await dialog.getByLabel('What “Type” holds').selectOption('categories');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    dialogs.answerNextImport(links);
    await dialog.getByRole('button', { name: /^Add a ties sheet/ }).click();
    const tieTypes = dialog.getByRole('table', { name: /Column “Type” of the ties sheet links\.csv \(tie type\)/ });
    await tieTypes.waitFor();
    const volunteers = tieTypes.getByLabel('What “volunteers at” in Type (ties) means');
    expect(await volunteers.inputValue()).toBe('');
    await volunteers.selectOption('works-at');
    await expect.poll(() => volunteers.inputValue()).toBe('works-at');
    await tieTypes.getByLabel('What “old friend” in Type (ties) means').selectOption('knows');
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^2 new/);
    await expect.poll(() => dialog.getByText('2 new ties from people.csv').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-tie-types');
    after = await importAndWait(page, dialog);
    const amara = idOf(after, 'Amara Okafor');
    const ties = after.ties.filter((tie) => tie.source === amara).map((tie) => [tie.target, tie.type]);
    expect(ties).toEqual([
      [idOf(after, 'Eastside Clinic'), 'works-at'],
      [idOf(after, 'Sam Reyes'), 'knows'],
    ]);
    expect(dialogs.unexpected).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('brings a Kumu workbook in with its connections, and its picker reads one sheet alone or the pair again', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;
    const before = await onDisk();
    const workbook = join(t.files.path, 'kumu-coalition.xlsx');
    await copyFile(join(REPO_ROOT, 'test/fixtures/messy/kumu-coalition.xlsx'), workbook);

    const dialog = await chooseImport(page, dialogs, workbook);
    const picker = dialog.getByLabel('Sheet to import');
    await dialog.getByText('6 rows in kumu-coalition.xlsx').waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['Elements with Connections as ties (Kumu)', 'Elements', 'Connections']);
    expect(await picker.inputValue()).toBe('');
    await picker.selectOption({ label: 'Connections' });
    await dialog.getByLabel('What “From” holds').waitFor();
    await picker.selectOption({ label: 'Elements with Connections as ties (Kumu)' });
    await dialog.getByLabel('What “name” holds').waitFor();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const tieTypes = dialog.getByRole('table', { name: /of the ties sheet kumu-coalition\.xlsx, sheet Connections \(tie type\)/ });
    await expect.poll(() => tieTypes.getByRole('rowheader').allTextContents()).toEqual(['refers to 2', 'funds 1', 'knows 1', 'partners with 1', 'works at 1']);
    expect(await tieTypes.getByLabel('What “works at” in type (ties) means').inputValue()).toBe('works-at');
    await dialog.getByText('6 new ties from kumu-coalition.xlsx').waitFor();
    const after = await importAndWait(page, dialog);
    expect(after.ties).toHaveLength(before.ties.length + 6);
    const renee = after.stakeholders.filter((s) => s.name === 'Renée O’Brien').map((s) => s.id);
    expect(after.ties.filter((tie) => renee.includes(tie.source) && tie.type === 'works-at')).toHaveLength(1);
    expect(app.errors).toEqual([]);
  });

  it('at 800x600, every control of the columns and the review is reached with Tab, in view and uncovered, and Import shows without scrolling', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;
    await page.setViewportSize({ width: 800, height: 600 });
    const sheet = join(t.files.path, 'partners.csv');
    await copyFile(join(REPO_ROOT, 'test/fixtures/reconcile/partner-sheet.csv'), sheet);

    const dialog = await chooseImport(page, dialogs, sheet);
    await dialog.getByLabel('What “Contact person” holds').selectOption('name');
    await dialog.getByLabel('What “Type” holds').selectOption('categories');
    expect(await fullyVisible(dialog.getByRole('button', { name: 'Continue' }))).toBe(true);
    const columns = await tabThrough(page, dialog, 'Continue');
    expect(columns.filter((f) => !f.inView || f.coveredBy !== null)).toEqual([]);
    expect(columns.filter((f) => f.name.includes('holds')).length).toBeGreaterThanOrEqual(6);
    await dialog.getByLabel('What “Contact person” holds').focus();
    await saveScreenshot(page, 'import-columns-800x600');

    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^14 new/);
    const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
    expect(await fullyVisible(importButton)).toBe(true);
    expect(await coveredControls(page)).toEqual([]);
    await saveScreenshot(page, 'import-review-800x600');
    const review = await tabThrough(page, dialog, '"Import"');
    expect(review.filter((f) => !f.inView || f.coveredBy !== null)).toEqual([]);
    // The key column, every category box of the value mapping and the Import button were all reached.
    expect(review.some((f) => f.name.startsWith('select') && f.name.includes('names, emails'))).toBe(true);
    const boxes = await dialog.getByRole('region', { name: 'What the values mean' }).getByRole('checkbox').count();
    expect(boxes).toBeGreaterThanOrEqual(5 * 5);
    expect(review.filter((f) => f.name.startsWith('input')).length).toBe(boxes);
    const volunteer = dialog.getByRole('group', { name: 'Categories for “Volunteer” in Type' });
    await volunteer.getByLabel('Influential community member').focus();
    await saveScreenshot(page, 'import-review-800x600-values');
    expect(await fullyVisible(importButton)).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
