// Exports from the app against the sample coalition, as a user makes them: the recruitment list
// filtered to one category and previewed before saving, the map as an SVG image, and the
// printed brief (Chromium's own PDF printing). Each file is read back from disk: no confidential
// name in any of them by default, the header row and a suggested introducer in the list, the
// legend in the image, a real PDF whose text is read back with pdftotext and whose first page is rendered to PNG.
import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/exchange/csv';
import { launchApp, ScriptedDialogs, type LaunchedApp } from './harness';
import { makeTempDir, saveScreenshot, type TempDir } from './support/files';
import { SCREENSHOT_DIR } from './support/paths';
import { pdfText, renderFirstPage } from './support/pdf';
import { toolbarButton } from './support/toolbar';

const CONFIDENTIAL_NAMES = ['Maria T.', 'Denise K.', 'Sam W.'];

let dataDir: TempDir;
let out: TempDir;
let app: LaunchedApp | null = null;

beforeEach(async () => {
  dataDir = await makeTempDir('export-data');
  out = await makeTempDir('export-out');
});

afterEach(async () => {
  await app?.close();
  app = null;
  await Promise.all([dataDir.remove(), out.remove()]);
});

async function openExport(page: Page) {
  await (await toolbarButton(page, 'Export…')).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  return dialog;
}

async function savedNotice(page: Page, path: string): Promise<void> {
  await page.getByText(`to ${path}.`, { exact: false }).waitFor();
}

describe('exports from the app', () => {
  it('writes a filtered recruitment CSV, an SVG map with legend and a PDF brief, none naming confidential stakeholders', async () => {
    const dialogs = new ScriptedDialogs();
    app = await launchApp({ dataDir: dataDir.path, dialogs });
    const { page } = app;
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

    // Recruitment list, filtered to one category; the preview shows the rows the file will hold.
    let dialog = await openExport(page);
    expect(await dialog.getByLabel('Format').inputValue()).toBe('csv');
    expect(await dialog.getByLabel('List').inputValue()).toBe('recruitment');
    await dialog.getByLabel('Category').selectOption({ label: 'Policymaker' });
    const preview = dialog.getByRole('region', { name: 'Rows to be written' });
    const caption = (await preview.locator('caption').textContent()) ?? '';
    const rowCount = Number(/(\d+) rows? will be written/.exec(caption)?.[1] ?? 'NaN');
    expect(rowCount).toBeGreaterThan(0);
    expect(await preview.locator('tbody tr').count()).toBe(rowCount);
    expect(await dialog.getByText(/Notes, addresses and lived experience are left out/).count()).toBe(1);

    // Ticking "Include confidential" asks first and names the risk; keeping them out changes nothing.
    // A click, not check(): the box stays unticked until the user confirms.
    await dialog.getByLabel('Include confidential stakeholders').click();
    const warning = dialog.getByRole('alert').filter({ hasText: 'will be named in this file' });
    await warning.waitFor();
    await saveScreenshot(page, 'export-dialog');
    await warning.getByRole('button', { name: 'Keep them out' }).click();
    expect(await dialog.getByLabel('Include confidential stakeholders').isChecked()).toBe(false);

    // Custom fields from imports are off by default and, like the others, go in only after the risk is read.
    const custom = dialog.getByLabel('Include custom fields from imports');
    expect(await custom.isChecked()).toBe(false);
    await custom.click();
    const customWarning = dialog.getByRole('alert').filter({ hasText: 'Nobody has checked what they hold' });
    await customWarning.getByRole('button', { name: 'Include custom fields' }).click();
    expect(await custom.isChecked()).toBe(true);
    await dialog.getByText('Custom fields from imports are included, as asked.').waitFor();
    await custom.click();
    expect(await custom.isChecked()).toBe(false);

    const csvPath = join(out.path, 'policymakers.csv');
    dialogs.answerNextSave(csvPath);
    await dialog.getByRole('button', { name: 'Save export…' }).click();
    await savedNotice(page, csvPath);
    const csv = await readFile(csvPath, 'utf8');
    const table = parseCsv(csv.replace(/^\uFEFF/, ''), csvPath);
    expect(table.headers).toEqual(['category', 'name', 'organization', 'contact', 'contact_note', 'suggested_introducer', 'path', 'reason', 'stage', 'ties_away']);
    expect(table.rows).toHaveLength(rowCount);
    expect(table.rows.every((row) => row.cells.get('category') === 'Policymaker')).toBe(true);
    expect(table.rows.some((row) => (row.cells.get('suggested_introducer') ?? '') !== '')).toBe(true);
    for (const name of CONFIDENTIAL_NAMES) expect(csv).not.toContain(name);
    expect(dialogs.asked.at(-1)).toMatch(/^export:csv:.*-recruitment-\d{4}-\d{2}-\d{2}\.csv$/);

    // The map as SVG, with its legend; confidential stakeholders as placeholders.
    dialog = await openExport(page);
    await dialog.getByLabel('Format').selectOption('svg');
    expect(await dialog.getByText(/3 confidential stakeholders are shown as a numbered placeholder/).count()).toBe(1);
    const svgPath = join(out.path, 'map.svg');
    dialogs.answerNextSave(svgPath);
    await dialog.getByRole('button', { name: 'Save export…' }).click();
    await savedNotice(page, svgPath);
    const svg = await readFile(svgPath, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg /);
    expect(svg).toContain('class="legend"');
    for (const label of ['Legend', 'Directly affected', 'Policymaker', 'Anchor organization', 'Conflict']) expect(svg).toContain(label);
    expect(svg).toContain('Confidential stakeholder 1');
    expect(svg).toContain('Harlow Bend Family Justice Center');
    for (const name of CONFIDENTIAL_NAMES) expect(svg).not.toContain(name);

    // The brief, printed by Chromium to PDF.
    dialog = await openExport(page);
    await dialog.getByLabel('Format').selectOption('pdf');
    const pdfPath = join(out.path, 'brief.pdf');
    dialogs.answerNextSave(pdfPath);
    await dialog.getByRole('button', { name: 'Save export…' }).click();
    await savedNotice(page, pdfPath);
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    // What the PDF says, as a reader's tool extracts it: the brief's sections and public names,
    // and no confidential name (the printed brief is redacted like every other export).
    const words = pdfText(pdfPath);
    for (const heading of ['Coverage against targets', 'Service gaps and duplicates', 'Top core candidates', 'Warnings']) expect(words).toContain(heading);
    for (const shown of ['Harlow Bend Family Justice Center', 'Walter Ng', 'Confidential stakeholder 1', 'Confidential stakeholders appear as numbered placeholders']) expect(words).toContain(shown);
    for (const name of CONFIDENTIAL_NAMES) expect(words).not.toContain(name);
    for (const firstName of ['Maria', 'Denise']) expect(words).not.toContain(firstName);
    const prefix = join(out.path, 'brief-page');
    renderFirstPage(pdfPath, prefix, 80);
    expect(existsSync(`${prefix}.png`)).toBe(true);
    await copyFile(`${prefix}.png`, join(SCREENSHOT_DIR, 'brief-pdf-page1.png'));

    // The same brief as the print styles show it, for the README.
    dialog = await openExport(page);
    await dialog.getByLabel('Format').selectOption('pdf');
    await page.emulateMedia({ media: 'print' });
    const brief = page.getByRole('article', { name: 'Coalition brief' });
    expect(await brief.textContent()).toMatch(/Coverage against targets.*Service gaps and duplicates.*Top core candidates.*Warnings/s);
    for (const name of CONFIDENTIAL_NAMES) expect(await brief.textContent()).not.toContain(name);
    await saveScreenshot(page, 'brief');
    await page.emulateMedia({ media: 'screen' });

    expect(dialogs.unexpected).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
