// Custom fields in the stakeholder panel, in the real app: the columns of an imported sheet with no
// field of their own are shown in the panel's form, edited, removed and added from the keyboard,
// saved to the map on disk; a name already taken is refused with the reason; and with "Hide
// sensitive fields" on, their values are hidden too.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScriptedDialogs } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { tabThrough } from './support/focus-checks';
import { seriousAxeViolations } from './support/layout-checks';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('custom-fields', { filesFolder: true });
const customOf = async (name: string) => (await readSampleMap(t.dataDir.path)).stakeholders.find((s) => s.name === name)?.custom;

describe('custom fields in the stakeholder panel', () => {
  it('shows an imported column, edits, removes and adds fields from the keyboard, and hides them with the sensitive fields', async () => {
    const dialogs = new ScriptedDialogs();
    const app = await launchOnSample(t, dialogs);
    const { page } = app;
    const sheet = join(t.files.path, 'people.csv');
    await writeFile(sheet, 'Name,Ward,Added by\nAmara Okafor,3,Kim\n');
    dialogs.answerNextImport(sheet);
    await (await toolbarButton(page, 'Import…')).click();
    const dialog = page.getByRole('dialog', { name: /^Import / });
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await waitUntilSaved(page);
    expect(await customOf('Amara Okafor')).toEqual({ Ward: '3', 'Added by': 'Kim' });

    const search = page.getByLabel('Find a stakeholder');
    await search.fill('Amara Okafor');
    await search.press('Enter');
    const form = page.getByRole('form', { name: 'Details of Amara Okafor' });
    const custom = form.getByRole('group', { name: 'Custom fields' });
    const ward = custom.getByLabel('Ward', { exact: true });
    expect(await ward.inputValue()).toBe('3');
    await ward.fill('4');
    await custom.getByRole('button', { name: 'Remove the field “Added by”' }).click();
    // A new field from the keyboard: its name, Tab, its value, Enter.
    await custom.getByLabel('New field').focus();
    await page.keyboard.type('Owner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lee');
    await page.keyboard.press('Enter');
    expect(await custom.getByLabel('Owner', { exact: true }).inputValue()).toBe('Lee');
    // A name taken (in any case) is refused, with the reason.
    await custom.getByLabel('New field').fill('ward');
    await custom.getByRole('alert').filter({ hasText: 'There is already a field “ward”.' }).waitFor();
    expect(await custom.getByRole('button', { name: 'Add field' }).isDisabled()).toBe(true);
    await custom.getByLabel('New field').fill('');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'stakeholder-custom-fields');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => customOf('Amara Okafor')).toEqual({ Ward: '4', Owner: 'Lee' });

    // At 800x600 each custom field, its Remove button and the new-field row are reached with Tab,
    // scrolled into the panel and not under the sticky Save bar.
    await page.setViewportSize({ width: 800, height: 600 });
    // The map's canvases take the narrower size a moment after the resize; until then they reach under the panel.
    await page.waitForFunction(() => {
      const panel = document.querySelector('.side-panel');
      const left = panel?.getBoundingClientRect().left ?? 0;
      return panel !== null && [...document.querySelectorAll('canvas')].every((c) => c.getBoundingClientRect().right <= left + 1);
    });
    const reached = await tabThrough(page, custom, '"Save"');
    expect(reached.filter((f) => !f.inView || f.coveredBy !== null)).toEqual([]);
    expect(reached.map((f) => f.name).filter((n) => /Ward|Owner|Remove|New field|Its value|input ""/.test(n)).length).toBeGreaterThanOrEqual(5);
    await custom.getByLabel('Its value').focus();
    await saveScreenshot(page, 'stakeholder-custom-fields-800x600');

    // At this width the safety commands wait under "More…".
    await (await toolbarButton(page, 'Hide sensitive fields')).click();
    const hidden = custom.getByLabel('Ward', { exact: true });
    await expect.poll(() => hidden.isDisabled()).toBe(true);
    expect(await hidden.inputValue()).toBe('');
    expect(await custom.getByRole('button', { name: /^Remove the field/ }).count()).toBe(0);
    expect(await customOf('Amara Okafor')).toEqual({ Ward: '4', Owner: 'Lee' });
    expect(app.errors).toEqual([]);
  });
});
