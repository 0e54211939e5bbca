// A new coordinator's working day at 1024x700, as issue 15 walked it: a new empty map, people added
// by keyboard, a tie, a panel edit left by clicking away, a partner sheet imported and its people
// without a category fixed in bulk, insights, an accent-less search, the map coloured and sized and
// focused on a neighbourhood, a recruitment and a contact list read back from disk, the journey's
// notes kept across tabs and closing, presenting, and a restart that loses nothing typed.
// Each step is screenshot to docs/screenshots/working-day-NN-<step>.png; axe-core checks a few.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { coveredControls, seriousAxeViolations } from './support/layout-checks';
import { openJourney, pick } from './support/journey-dialog';
import * as day from './support/working-day-steps';

const t = appPerTest('working-day', { filesFolder: true });
const PEOPLE: readonly day.Person[] = [
  { name: 'Renée Dubois', category: 'Service provider' },
  { name: 'Marcus Hill', category: 'Policymaker' },
  { name: 'Lucía Fernández', category: 'Directly affected', confidential: true },
];
const STEP_NOTE = 'Ask the clinic who else should be at the table.';
const LAST_NOTE = 'Call back about the legal clinic rota.';

let shot = 0;
const problems: string[] = [];
/** Screenshot of the step, and what a user would see wrong in it: a covered control, an axe finding. */
async function step(page: Page, name: string, axe = false): Promise<void> {
  shot += 1;
  await saveScreenshot(page, `working-day-${String(shot).padStart(2, '0')}-${name}`);
  for (const c of await coveredControls(page)) problems.push(`${name}: ${c.control} is covered by ${c.coveredBy}`);
  if (axe) for (const v of await seriousAxeViolations(page)) problems.push(`${name}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);
}

async function launch(dialogs: ScriptedDialogs): Promise<Page> {
  t.app = await launchApp({ dataDir: t.dataDir.path, dialogs });
  const { page } = t.app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await day.waitUntilSaved(page);
  // Below 1100 px the filters start folded, leaving the map its room.
  await expect.poll(() => page.locator('.workspace.filters-folded').count()).toBe(1);
  return page;
}

async function buildByHand(page: Page): Promise<void> {
  await day.newMap(page);
  await step(page, 'new-map', true);
  for (const person of PEOPLE) await day.addByKeyboard(page, person);
  // The new map does not keep the sample's zoomed-out view: the first people show with their names.
  expect(await page.locator('.map-canvas').first().evaluate((el) => Number((el as HTMLElement).dataset['zoom']))).toBeGreaterThanOrEqual(1);
  await step(page, 'added-by-keyboard', true);
  await day.linkTwo(page, 'Renée Dubois', 'Marcus Hill');
  await step(page, 'linked');
  await day.editAndClickAway(page, 'Marcus Hill', 'Chair of the housing committee');
  expect((await day.dayMap(t.dataDir.path)).stakeholders.find((s) => s.name === 'Marcus Hill')).toMatchObject({ role: 'Chair of the housing committee', stage: 'contacted' });
  await step(page, 'edit-kept-on-click-away');
}

async function importAndFix(page: Page, dialogs: ScriptedDialogs): Promise<void> {
  const sheet = join(t.files.path, 'partners.csv');
  await writeFile(sheet, day.PARTNER_SHEET);
  const review = await day.importPartners(page, dialogs, sheet);
  await step(page, 'import-review', true);
  await review.getByRole('button', { name: 'Import', exact: true }).click();
  await review.waitFor({ state: 'hidden' });
  await day.waitUntilSaved(page);
  await step(page, 'imported');
  const bar = await day.bulkCategory(page, day.UNCATEGORISED, 'Service provider');
  const fixed = async () => (await day.dayMap(t.dataDir.path)).stakeholders.filter((s) => day.UNCATEGORISED.includes(s.name) && s.categories.includes('service-provider')).length;
  expect(await fixed()).toBe(day.UNCATEGORISED.length);
  // The import's "Undo takes the whole import back" is no longer true once the bulk change is made.
  expect(await page.getByRole('alert').getByText('Undo takes the whole import back', { exact: false }).count()).toBe(0);
  await step(page, 'bulk-category', true);
  // One undo takes the whole bulk change back, and again (redo) puts it in place.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(fixed).toBe(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect.poll(fixed).toBe(day.UNCATEGORISED.length);
  await bar.getByRole('button', { name: 'Clear choice' }).click();
}

async function readTheMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.getByRole('tab', { name: 'Insights' }).click();
  const insights = page.getByRole('region', { name: 'Insights' });
  await insights.getByRole('heading', { name: 'Coverage' }).waitFor();
  // Read what the analysis says of the map as it is now, not the faded figures from before the last edit.
  await insights.getByText(/^Updating…/).waitFor({ state: 'hidden' });
  await step(page, 'insights', true);
  await page.getByRole('tab', { name: 'Details' }).click();
  // "tomas" finds Tomás.
  await day.openByName(page, 'Tomás Ortega', 'tomas');
}

async function lookAndFocus(page: Page): Promise<void> {
  await step(page, 'search-accentless');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const sidebar = page.getByRole('navigation', { name: 'Filters and legend' });
  await sidebar.getByLabel('Node colour').selectOption({ label: 'Stage' });
  await sidebar.getByLabel('Node size').selectOption({ index: 1 });
  await step(page, 'colour-and-size');
  await page.getByRole('button', { name: 'Filters', exact: true }).click();
  const map = page.getByRole('application', { name: /^Map of/ });
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.press('n');
  await page.getByRole('region', { name: 'Highlight' }).getByText('and their direct ties', { exact: false }).waitFor();
  await step(page, 'neighbourhood');
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
}

async function exportLists(page: Page, dialogs: ScriptedDialogs): Promise<string> {
  const recruitment = join(t.files.path, 'recruitment.csv');
  let dialog = await day.exportList(page, dialogs, 'recruitment', recruitment);
  // The preview reads as a table: a suggestion's notes and reason wrap in columns wide enough to read.
  const firstRow = dialog.getByRole('region', { name: 'Rows to be written' }).locator('tbody tr').first();
  expect((await firstRow.boundingBox())?.height).toBeLessThan(100);
  await step(page, 'export-recruitment', true);
  await dialog.getByRole('button', { name: 'Save export…' }).click();
  await page.getByText(`to ${recruitment}.`, { exact: false }).waitFor();
  const rec = await day.readCsv(recruitment);
  expect(rec.bom).toBe(true);
  expect(rec.text).not.toContain('Lucía');
  // Stages and categories by their labels; rows without consent keep a note instead of contacts.
  for (const row of rec.table.rows) {
    expect(row.cells.get('stage') ?? '').not.toMatch(/^[a-z-]+$/);
    expect(row.cells.get('category') ?? '').not.toMatch(/^[a-z-]+$/);
  }
  const contacts = join(t.files.path, 'contacts.csv');
  dialog = await day.exportList(page, dialogs, 'contacts', contacts);
  await dialog.getByText('only people with a current consent to be contacted', { exact: false }).waitFor();
  // Lucía is confidential and gave no consent: left out, so not "shown as a numbered placeholder" either.
  expect(await dialog.getByText('numbered placeholder', { exact: false }).count()).toBe(0);
  await step(page, 'export-contacts');
  await dialog.getByRole('button', { name: 'Save export…' }).click();
  await page.getByText(`to ${contacts}.`, { exact: false }).waitFor();
  const con = await day.readCsv(contacts);
  expect(con.bom).toBe(true);
  expect(con.text).toContain('Tomás Ortega');
  expect(con.text).toContain('tomas@legal.example');
  // Without a consent date a person stays out of the contact list.
  expect(con.text).not.toContain('Priya Natarajan');
  expect(con.text).not.toContain('Lucía');
  return contacts;
}

async function journey(page: Page): Promise<void> {
  let dialog = await openJourney(page, 'Seven steps');
  const notes = dialog.getByRole('textbox', { name: /^Notes on/ }).first();
  const label = (await notes.getAttribute('aria-label')) ?? '';
  await notes.fill(STEP_NOTE);
  await dialog.getByRole('tab', { name: 'Barriers' }).click();
  await dialog.getByRole('tab', { name: 'Seven steps' }).click();
  expect(await dialog.getByLabel(label).inputValue()).toBe(STEP_NOTE);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  dialog = await openJourney(page, 'Seven steps');
  expect(await dialog.getByLabel(label).inputValue()).toBe(STEP_NOTE);
  await step(page, 'journey-notes-kept', true);
  await dialog.getByRole('button', { name: 'Save notes' }).first().click();
  await day.waitUntilSaved(page);
  await dialog.getByRole('tab', { name: 'Meetings' }).click();
  const form = dialog.getByRole('form', { name: 'Plan a meeting' });
  await form.getByLabel('Title', { exact: true }).fill('First partners meeting');
  await form.getByLabel('Date and time').fill('2026-12-10T18:00');
  for (const name of ['Lucía Fernández', 'Marcus Hill']) await pick(form, 'Search to invite', name);
  await form.getByRole('button', { name: 'Add the meeting' }).click();
  await dialog.getByRole('button', { name: 'Open “First partners meeting”' }).click();
  const detail = dialog.getByRole('region', { name: 'Meeting “First partners meeting”' });
  await detail.getByLabel('Minutes').fill('Lucía asked for evening meetings with childcare.');
  await detail.getByRole('button', { name: 'Save attendance and minutes' }).click();
  await day.waitUntilSaved(page);
  await step(page, 'journey-meeting');
  await page.keyboard.press('Escape');
}

async function present(page: Page, contactsPath: string): Promise<void> {
  await day.openByName(page, 'Tomás Ortega');
  await page.keyboard.press('Control+Shift+P');
  expect(await page.getByLabel('Find a stakeholder').inputValue()).toBe('');
  expect(await page.locator('body').innerText()).not.toContain(contactsPath);
  expect(await page.locator('body').innerText()).not.toContain(t.dataDir.path);
  await step(page, 'presenting', true);
  const dialog = await openJourney(page, 'Meetings');
  await dialog.getByRole('button', { name: 'Open “First partners meeting”' }).click();
  const minutes = await dialog.getByLabel('Minutes').inputValue();
  expect(minutes).not.toContain('Lucía');
  expect(minutes).toContain('evening meetings');
  await step(page, 'presenting-minutes');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
}

/** Typing and then closing the window asks first; staying and clicking away saves what was typed. */
async function endOfDay(page: Page): Promise<void> {
  const form = await day.openByName(page, 'Hannah Lee');
  await form.getByLabel('Notes').fill(LAST_NOTE);
  const asked = new Promise<string>((resolve) => page.once('dialog', (d) => void d.dismiss().then(() => resolve(d.type()))));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  expect(await form.getByLabel('Notes').inputValue()).toBe(LAST_NOTE);
  await page.getByRole('application', { name: /^Map of/ }).click({ position: { x: 8, y: 8 } });
  await page.getByRole('alert').getByText('Saved your changes to “Hannah Lee”.', { exact: false }).waitFor();
  await day.waitUntilSaved(page);
}

describe("a new coordinator's working day", () => {
  it('builds, imports, fixes, reads, exports, presents and restarts at 1024x700 without losing typed text', async () => {
    const dialogs = new ScriptedDialogs();
    let page = await launch(dialogs);
    await buildByHand(page);
    await importAndFix(page, dialogs);
    await readTheMap(page);
    await lookAndFocus(page);
    const contacts = await exportLists(page, dialogs);
    await journey(page);
    await present(page, contacts);
    await endOfDay(page);
    expect(t.app?.errors).toEqual([]);
    await t.app?.close();
    page = await launch(dialogs);
    await page.getByRole('heading', { level: 1, name: day.COALITION }).waitFor();
    const saved = await day.dayMap(t.dataDir.path);
    expect(saved.stakeholders.find((s) => s.name === 'Hannah Lee')?.notes).toBe(LAST_NOTE);
    expect(saved.stakeholders.find((s) => s.name === 'Marcus Hill')?.role).toBe('Chair of the housing committee');
    expect(JSON.stringify(saved)).toContain(STEP_NOTE);
    await step(page, 'after-restart');
    expect(dialogs.unexpected).toEqual([]);
    expect(problems).toEqual([]);
  });
});
