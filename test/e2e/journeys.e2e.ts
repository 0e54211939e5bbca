// Journeys a user takes through the main window, driven by roles and labels as a person (or a
// screen reader) finds things, against the real backend and real files in a temp data folder.
import { describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { readSampleMap } from './support/sample-map';

const t = appPerTest('journeys');

describe('first run', () => {
  it('shows the sample coalition on the map and in the list', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/\S/);
    const map = page.getByRole('application', { name: /^Map of \d+ stakeholders/ });
    await map.waitFor();
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    // The first layout's positions are saved with the map; wait for that before the picture.
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'main-window');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Stakeholders' }).locator('tbody tr');
    await rows.first().waitFor();
    await saveScreenshot(page, 'list-view');
    expect(await rows.count()).toBeGreaterThanOrEqual(30);
    expect(t.app.errors).toEqual([]);
  });
});

describe('editing a map', () => {
  it('adds a person with two categories and a tie, edits, undoes, redoes, and finds it all after a relaunch', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    let page = t.app.page;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    const newForm = page.getByRole('form', { name: 'New stakeholder' });
    await newForm.getByLabel('Name', { exact: true }).fill('Rosa Delgado');
    await newForm.getByLabel('Directly affected').check();
    await newForm.getByLabel('Policymaker').check();
    await newForm.getByLabel('Engagement stage').selectOption({ label: 'Contacted' });
    await newForm.getByRole('button', { name: 'Save', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Stakeholder panel' });
    await panel.getByRole('heading', { name: 'Rosa Delgado' }).waitFor();

    await panel.getByText('Add a tie').click();
    const tieForm = panel.getByRole('form', { name: 'Add tie' });
    await tieForm.getByLabel('Find the other stakeholder').fill('Safe Harbor');
    await tieForm.getByLabel('Other stakeholder', { exact: true }).selectOption({ index: 0 });
    await tieForm.getByLabel('Tie type').selectOption({ label: 'Works at' });
    await tieForm.getByRole('button', { name: 'Add tie' }).click();
    const ties = panel.getByRole('list', { name: 'Ties of Rosa Delgado' });
    await ties.getByText('Safe Harbor Shelter').waitFor();
    expect(await ties.textContent()).toContain('Works at');

    const details = panel.getByRole('form', { name: 'Details of Rosa Delgado' });
    await details.getByLabel('Role or title').fill('Peer advocate');
    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    expect(await details.getByLabel('Role or title').inputValue()).toBe('Peer advocate');
    await panel.getByRole('heading', { name: 'Rosa Delgado' }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    await saveScreenshot(page, 'stakeholder-panel');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('Peer advocate');
    // The keyboard shortcuts do the same outside text fields.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('Peer advocate');
    // And so do Edit > Undo and Edit > Redo in the application menu.
    await t.app.menu('undo');
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('');
    await t.app.menu('redo');
    await expect.poll(() => details.getByLabel('Role or title').inputValue()).toBe('Peer advocate');
    expect(t.app.errors).toEqual([]);
    await t.app.close();

    t.app = await launchApp({ dataDir: t.dataDir.path });
    page = t.app.page;
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByRole('table', { name: 'Stakeholders' });
    await table.getByRole('row', { name: /Rosa Delgado/ }).click();
    const reopened = page.getByRole('form', { name: 'Details of Rosa Delgado' });
    expect(await reopened.getByLabel('Role or title').inputValue()).toBe('Peer advocate');
    expect(await reopened.getByLabel('Directly affected').isChecked()).toBe(true);
    expect(await reopened.getByLabel('Policymaker').isChecked()).toBe(true);
    expect(await reopened.getByLabel('Service provider').isChecked()).toBe(false);
    expect(await reopened.getByLabel('Engagement stage').inputValue()).toBe('contacted');
    expect(await page.getByRole('list', { name: 'Ties of Rosa Delgado' }).textContent()).toContain('Safe Harbor Shelter');
    expect(t.app.errors).toEqual([]);
    expect(t.app.requests).toEqual([]);
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: LaunchedApp['page'], matches: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`!!document.activeElement?.matches(${JSON.stringify(matches)})`)) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

describe('keyboard only', () => {
  it('reaches the list, opens a stakeholder, finds one by name, and closes a dialog with Escape', async () => {
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('heading', { level: 1 }).waitFor();

    await tabTo(page, '[role="group"][aria-label="View"] button:last-child');
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Stakeholders' }).waitFor();
    await tabTo(page, 'tbody tr');
    await page.keyboard.press('ArrowDown');
    const secondName = await page.evaluate(`document.activeElement.querySelector('th').firstChild.textContent`);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Stakeholder panel' });
    await panel.getByRole('heading', { name: String(secondName) }).waitFor();
    await tabTo(page, 'aside input');
    expect(await page.evaluate('document.activeElement.closest("form")?.getAttribute("aria-label")')).toBe(`Details of ${secondName}`);

    await page.keyboard.press('Control+f');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Find a stakeholder');
    await page.keyboard.type('Safe Harbor Shelter');
    await page.keyboard.press('Enter');
    await panel.getByRole('heading', { name: 'Safe Harbor Shelter' }).waitFor();

    await tabTo(page, 'aside button.danger');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete Safe Harbor Shelter?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await t.app.menu('show-list');
    // Rows open with a "Choose …" checkbox (bulk editing), so the row is found by its name cell.
    const shelterRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Safe Harbor Shelter', exact: true }) });
    expect(await shelterRow.count()).toBe(1);
    await t.app.menu('find');
    expect(await page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Find a stakeholder');
    expect(t.app.errors).toEqual([]);
  });
});

describe('linking on the map', () => {
  it('adds a tie by picking two nodes', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const canvas = page.getByRole('application', { name: /^Map of/ });
    /** Clicks the stakeholder where the map shows it: its saved place through the view the map reports. */
    const clickOnMap = async (name: string) => {
      await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.every((s) => s.position), { timeout: 15_000 }).toBe(true);
      const s = (await readSampleMap(t.dataDir.path)).stakeholders.find((x) => x.name === name);
      const box = await canvas.boundingBox();
      const view = await canvas.evaluate((el) => ({ zoom: Number((el as HTMLElement).dataset['zoom']), x: Number((el as HTMLElement).dataset['panX']), y: Number((el as HTMLElement).dataset['panY']) }));
      if (!box || !s?.position) throw new Error(`${name} is not on the map`);
      await page.mouse.click(box.x + s.position.x * view.zoom + view.x, box.y + s.position.y * view.zoom + view.y);
    };
    await page.waitForTimeout(600);
    await page.getByRole('button', { name: 'Link two nodes' }).click();
    await clickOnMap('Kwame Adjei');
    await page.getByRole('status').filter({ hasText: 'Now click the second stakeholder' }).waitFor();
    await clickOnMap('Omar Haddad');
    const dialog = page.getByRole('dialog', { name: 'New tie: Kwame Adjei and Omar Haddad' });
    await dialog.waitFor();
    await dialog.getByLabel('Tie type').selectOption({ label: 'Partners with' });
    await dialog.getByRole('button', { name: 'Add tie' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await clickOnMap('Omar Haddad');
    const panel = page.getByRole('complementary', { name: 'Stakeholder panel' });
    await panel.getByRole('heading', { name: 'Omar Haddad' }).waitFor();
    await panel.getByRole('list', { name: 'Ties of Omar Haddad' }).getByText('Kwame Adjei').waitFor();
    expect(app.errors).toEqual([]);
  });
});
