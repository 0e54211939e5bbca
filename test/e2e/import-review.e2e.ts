// The import review, driven as a coordinator would with a real partner spreadsheet: its own
// headers mapped to fields, its "Type" words mapped to categories (with counts), one review of
// what will happen, then the same file again (nothing to do), then a changed sheet with a bad row,
// a value to replace and people meant as confidential: the bad row saved as a file to fix, the
// rest imported, nobody confidential made open; last, two records merged from the stakeholder
// panel in one undoable step. Real files, the real worker and backend.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapDocument } from '../../shared/model';
import { REPO_ROOT } from '../unit/exchange/fixture-paths';
import { ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { chooseImport } from './support/import-dialog';
import { launchOnSample } from './support/launch-sample';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('import-review', { filesFolder: true });
const onDisk = () => readSampleMap(t.dataDir.path);
const named = (map: MapDocument, name: string) => map.stakeholders.filter((s) => s.name === name);

const CHANGED = [
  'Organisation,Contact person,Email,Type,Notes,Added by,Confidential?',
  'Harbor House Shelter,Rosa Diaz,rosa@harbor.example,Shelter,now runs the Thursday group,Kim,no',
  ',,,,,,',
  'Safe Voices,Amaka Obi,amaka.obi@example.org,Survivor advocate,,Lee,yes - survivor',
  ',,nobody@example.org,Shelter,no name on this row,Kim,',
  'Safe Voices,Beatriz Solano,bea@example.org,Survivor,,Lee,✓',
  '',
].join('\n');

describe('the import review', () => {
  it('maps columns and values, reconciles with the map, changes nothing on a re-import, and keeps confidential people hidden', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;
    const before = await onDisk();
    const sheet = join(t.files.path, 'partners.csv');
    await writeFile(sheet, await readFile(join(REPO_ROOT, 'test/fixtures/reconcile/partner-sheet.csv')));

    // 1. The sheet's own headers: "Contact person" holds the names, "Type" the categories.
    let dialog = await chooseImport(page, dialogs, sheet);
    await dialog.getByLabel('What “Contact person” holds').selectOption('name');
    await dialog.getByLabel('What “Type” holds').selectOption('categories');
    await dialog.getByLabel('What “Added by” holds').selectOption('ignore');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('14 new · 0 to update · 0 already on the map · 0 repeated in the file · 0 rows left out');

    // 2. The words of "Type", with their counts and the app's suggestions; the user adds one.
    const shelter = dialog.getByRole('group', { name: 'Categories for “Shelter” in Type' });
    expect(await shelter.getByLabel('Service provider').isChecked()).toBe(true);
    const advocate = dialog.getByRole('group', { name: 'Categories for “Survivor advocate” in Type' });
    expect(await advocate.getByLabel('Directly affected').isChecked()).toBe(true);
    expect(await advocate.getByLabel('Service provider').isChecked()).toBe(true);
    const volunteer = dialog.getByRole('group', { name: 'Categories for “Volunteer” in Type' });
    await volunteer.getByLabel('Influential community member').check();
    await expect.poll(() => volunteer.getByLabel('Influential community member').isChecked()).toBe(true);
    await expect.poll(() => status.textContent()).toMatch(/^14 new/);
    await saveScreenshot(page, 'import-review');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);
    let after = await onDisk();
    expect(after.stakeholders).toHaveLength(before.stakeholders.length + 14);
    expect(named(after, 'Rosa Díaz')[0]?.categories).toEqual(['service-provider']);
    expect(named(after, 'Ann Whitfield')[0]?.categories).toEqual(['policymaker']);
    expect(named(after, 'Luis Fernandez')[0]?.categories).toEqual(['interested-public', 'influential']);
    expect(named(after, 'Harbor House Shelter')[0]?.kind).toBe('organization');

    // 3. The same file again: the choices come back, every row is already on the map.
    dialog = await chooseImport(page, dialogs, sheet);
    await dialog.getByText('your choices from the last sheet with these columns').waitFor();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('0 new · 0 to update · 8 already on the map · 0 repeated in the file · 0 rows left out');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await onDisk()).stakeholders).toHaveLength(after.stakeholders.length);

    // 4. A changed sheet: a row left out (saved to fix), a value to replace, two people meant as confidential.
    const changed = join(t.files.path, 'partners-march.csv');
    await writeFile(changed, CHANGED);
    dialog = await chooseImport(page, dialogs, changed);
    expect(await dialog.getByLabel('What “Confidential?” holds').inputValue()).toBe('confidential');
    await dialog.getByLabel('What “Contact person” holds').selectOption('name');
    await dialog.getByLabel('What “Type” holds').selectOption('categories');
    await dialog.getByLabel('What “Added by” holds').selectOption('ignore');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('1 new · 2 to update · 0 already on the map · 0 repeated in the file · 1 row left out');
    const leftOut = dialog.getByRole('region', { name: 'Rows left out' });
    expect(await leftOut.getByRole('listitem').allTextContents()).toEqual(['partners-march.csv, line 5, column "Contact person": the name is empty (every stakeholder needs one)']);
    expect(await dialog.getByLabel('What “yes - survivor” in Confidential? means').inputValue()).toBe('yes');
    const fixFile = join(t.files.path, 'rows to fix.csv');
    dialogs.answerNextSave(fixFile);
    await leftOut.getByRole('button', { name: 'Save the rows left out…' }).click();
    await expect.poll(() => readFile(fixFile, 'utf8').catch(() => '')).toContain(',,nobody@example.org,Shelter,no name on this row,Kim,,5,Contact person: the name is empty');
    const updates = dialog.getByRole('region', { name: 'Will update a record on the map' });
    await updates.getByText('now runs the Thursday group').waitFor();
    await updates.getByRole('checkbox', { name: 'Replace notes of Rosa Diaz' }).check();
    await saveScreenshot(page, 'import-review-update');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);

    after = await onDisk();
    expect(named(after, 'Rosa Díaz').map((s) => s.notes)).toEqual(['now runs the Thursday group']);
    expect(named(after, 'Amaka Obi').map((s) => s.confidential)).toEqual([true]);
    expect(named(after, 'Beatriz Solano').map((s) => s.confidential)).toEqual([true]);
    expect(after.stakeholders.some((s) => s.email === 'nobody@example.org')).toBe(false);

    // 5. Two records of one person already on the map: merged from the panel, one Undo separates them.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table', { name: 'Stakeholders' }).getByRole('row', { name: /Tomás Reyes/ }).click();
    await page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('button', { name: 'Merge with…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge Tomás Reyes with…' });
    await merge.getByLabel('Find by name').fill('Rosa');
    await merge.getByLabel('The same stakeholder as Tomás Reyes').selectOption({ label: 'Rosa Díaz (person)' });
    await merge.getByText('Rosa Díaz will be merged into Tomás Reyes').waitFor();
    await saveScreenshot(page, 'merge-two-stakeholders');
    await merge.getByRole('button', { name: 'Merge into Tomás Reyes' }).click();
    await merge.waitFor({ state: 'hidden' });
    await expect.poll(async () => named(await onDisk(), 'Rosa Díaz').length).toBe(0);
    const tomas = named(await onDisk(), 'Tomás Reyes')[0];
    expect(tomas?.notes).toBe('now runs the Thursday group');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => named(await onDisk(), 'Rosa Díaz').length).toBe(1);
    expect(dialogs.unexpected).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
