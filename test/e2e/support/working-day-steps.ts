// The steps of a new coordinator's working day (issue 15's walkthrough), each as a person does it
// in the window: new map, people added by keyboard, a tie, a partner sheet imported and fixed in
// bulk, insights, search, map look, exports, the journey, presenting. working-day.e2e.ts runs them
// in order and screenshots each; the checks here are what the user would notice going wrong.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readMapFile } from '../../../electron/main/store/read-map';
import type { MapDocument } from '../../../shared/model';
import { parseCsv, type CsvTable } from '../../../shared/exchange/csv';
import type { ScriptedDialogs } from './scripted-dialogs';
import { fullyVisible } from './layout-checks';
import { toolbarButton } from './toolbar';

export const COALITION = 'Riverside Safety Coalition';

/** The one map file the day writes (the sample the first run made is the other one). */
export async function dayMap(dataDir: string): Promise<MapDocument> {
  const dir = join(dataDir, 'maps');
  const file = (await readdir(dir)).find((f) => f.startsWith('riverside') && f.endsWith('.coalition.json'));
  if (!file) throw new Error(`no map of ${COALITION} in ${dir}`);
  return readMapFile(join(dir, file));
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
}

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent?.trim() ?? el?.textContent?.trim() ?? '';
  });

export async function newMap(page: Page): Promise<void> {
  await (await toolbarButton(page, 'New map')).click();
  const dialog = page.getByRole('dialog', { name: 'New map' });
  await dialog.getByLabel('Coalition name').fill(COALITION);
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await page.getByRole('heading', { level: 1, name: COALITION }).waitFor();
  expect(await page.getByText('fictional sample', { exact: false }).count()).toBe(0);
}

export interface Person {
  readonly name: string;
  readonly category: string;
  readonly confidential?: boolean;
}

/** Tab until the focused control is labelled `label` (at most 20 presses). */
async function tabTo(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 20 && (await activeLabel(page)) !== label; i += 1) await page.keyboard.press('Tab');
  expect(await activeLabel(page)).toBe(label);
}

/** "Add stakeholder" by keyboard: focus lands in Name, Space ticks, Enter in Name saves, focus comes back. */
export async function addByKeyboard(page: Page, person: Person): Promise<void> {
  const add = page.getByRole('button', { name: 'Add stakeholder' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => activeLabel(page)).toBe('Name');
  await page.keyboard.type(person.name);
  await tabTo(page, person.category);
  await page.keyboard.press('Space');
  if (person.confidential) {
    await tabTo(page, 'Confidential (hidden in exports unless chosen)');
    await page.keyboard.press('Space');
  }
  await page.getByRole('form', { name: 'New stakeholder' }).getByLabel('Name').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('form', { name: `Details of ${person.name}` }).waitFor();
  // Focus goes back to "Add stakeholder", ready for the next one, not dropped on the page.
  await expect.poll(() => activeLabel(page)).toBe('Add stakeholder');
  await waitUntilSaved(page);
}

/** A tie from the open stakeholder's panel, the other one found by typing part of the name. */
export async function linkTwo(page: Page, from: string, to: string): Promise<void> {
  await openByName(page, from);
  await page.getByText('Add a tie').click();
  await page.getByLabel('Find the other stakeholder').fill(to.split(' ')[0]!.toLowerCase());
  await page.getByLabel('Other stakeholder', { exact: true }).selectOption({ label: to });
  await page.getByRole('form', { name: 'Add tie' }).getByRole('button', { name: 'Add tie' }).click();
  await page.getByRole('list', { name: `Ties of ${from}` }).getByText(to).waitFor();
  await waitUntilSaved(page);
}

/** Finds `name` with the toolbar's search (typed as `typed`, e.g. without accents) and opens it. */
export async function openByName(page: Page, name: string, typed = name): Promise<Locator> {
  const search = page.getByLabel('Find a stakeholder');
  await search.fill(typed);
  await search.press('Enter');
  const form = page.getByRole('form', { name: `Details of ${name}` });
  await form.waitFor();
  return form;
}

/** Types in the panel, then clicks an empty corner of the map: the change is saved with an undo. */
export async function editAndClickAway(page: Page, name: string, role: string): Promise<void> {
  const form = await openByName(page, name);
  await form.getByLabel('Role or title').fill(role);
  await form.getByLabel('Engagement stage').selectOption('contacted');
  await page.getByRole('application', { name: /^Map of/ }).click({ position: { x: 8, y: 8 } });
  await page.getByRole('alert').getByText(`Saved your changes to “${name}”.`, { exact: false }).waitFor();
  await waitUntilSaved(page);
}

export const PARTNER_SHEET = [
  'Name,Organization,Email,Phone,Category,Consent until',
  'Tomás Ortega,Riverside Legal Aid,tomas@legal.example,555-0101,Service provider,2031-01-01',
  'Hannah Lee,Riverside Legal Aid,hannah@legal.example,555-0102,,2031-01-01',
  'Rev. Ade Bello,Grace Chapel,ade@grace.example,,,',
  'Councillor Joan Park,City Council,joan.park@city.example,,Policymaker,2031-01-01',
  'Priya Natarajan,Eastside Clinic,priya@clinic.example,555-0104,,',
  'Omar Haddad,,omar@example.org,,,2031-01-01',
  '',
].join('\n');
export const UNCATEGORISED = ['Hannah Lee', 'Rev. Ade Bello', 'Priya Natarajan', 'Omar Haddad'];

/** The partner sheet through the import review: its counts, then Import; the new people land on the map. */
export async function importPartners(page: Page, dialogs: ScriptedDialogs, sheet: string): Promise<Locator> {
  dialogs.answerNextImport(sheet);
  await (await toolbarButton(page, 'Import…')).click();
  const dialog = page.getByRole('dialog', { name: /^Import / });
  await dialog.getByRole('button', { name: 'Continue' }).click();
  // Six people and the four organizations their works-at ties name.
  await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/^10 new · 0 to update/);
  // The review opens at its top: its title and what the import will do are in view, not scrolled away.
  expect(await fullyVisible(dialog.getByRole('heading').first())).toBe(true);
  expect(await fullyVisible(dialog.getByRole('status'))).toBe(true);
  return dialog;
}

/** Ticks the uncategorised people in the list and gives them a category in one step, undone in one. */
export async function bulkCategory(page: Page, names: readonly string[], category: string): Promise<Locator> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  for (const name of names) await page.getByRole('checkbox', { name: `Choose ${name}` }).check();
  const bar = page.getByRole('group', { name: `Change the ${names.length} chosen stakeholders` });
  await bar.getByLabel('Category').selectOption({ label: category });
  await bar.getByRole('button', { name: 'Add category' }).click();
  await waitUntilSaved(page);
  return bar;
}

/** The CSV as a spreadsheet reads it: the BOM first, then the table. */
export async function readCsv(path: string): Promise<{ table: CsvTable; bom: boolean; text: string }> {
  const text = await readFile(path, 'utf8');
  return { table: parseCsv(text.replace(/^\uFEFF/, ''), path), bom: text.startsWith('\uFEFF'), text };
}

export async function exportList(page: Page, dialogs: ScriptedDialogs, list: string, path: string): Promise<Locator> {
  await (await toolbarButton(page, 'Export…')).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByLabel('List').selectOption(list);
  dialogs.answerNextSave(path);
  return dialog;
}
