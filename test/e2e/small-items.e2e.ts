// The smaller things a coordinator trips over: counts in words ("1 stakeholder"), the sample's
// banner only on the sample, how a works-at tie reads from the organization, and placeholders
// that cannot be deleted or have their ties edited while presenting.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { waitUntilSaved } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('small-items');
const SAMPLE_BANNER = 'This is a fictional sample coalition to explore.';

async function start(): Promise<Page> {
  const app = await launchOnSample(t);
  return app.page;
}

describe('small items', () => {
  it('drops the sample banner on a new map and counts one stakeholder in the singular', async () => {
    const page = await start();
    await page.getByRole('alert').getByText(SAMPLE_BANNER, { exact: false }).waitFor();
    await (await toolbarButton(page, 'New map')).click();
    const dialog = page.getByRole('dialog', { name: 'New map' });
    await dialog.getByLabel('Coalition name').fill('Eastside Network');
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await page.getByRole('heading', { name: 'Eastside Network' }).waitFor();
    expect(await page.getByText(SAMPLE_BANNER, { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: 'Add stakeholder' }).click();
    await page.getByRole('form', { name: 'New stakeholder' }).getByLabel('Name').fill('Ana Ruiz');
    await page.getByRole('form', { name: 'New stakeholder' }).getByRole('button', { name: 'Save' }).click();
    await waitUntilSaved(page);
    await page.getByText('1 stakeholder · 0 ties').waitFor();
  });

  it('reads a works-at tie from the organization side as "Has on staff"', async () => {
    const page = await start();
    await page.getByLabel('Find a stakeholder').fill('Safe Harbor Shelter');
    await page.getByLabel('Find a stakeholder').press('Enter');
    const ties = page.getByRole('list', { name: 'Ties of Safe Harbor Shelter' });
    await ties.waitFor();
    const text = await ties.textContent();
    expect(text).toContain('Has on staff');
    expect(text).not.toContain('Has working here');
  });

  it('keeps a confidential placeholder from being deleted or its ties edited while presenting', async () => {
    const page = await start();
    await page.getByLabel('Find a stakeholder').fill('Maria T.');
    await page.getByLabel('Find a stakeholder').press('Enter');
    await page.getByRole('list', { name: 'Ties of Maria T.' }).waitFor();
    await (await toolbarButton(page, 'Presentation mode')).click();
    const panel = page.getByRole('complementary', { name: 'Stakeholder panel' });
    await panel.getByRole('heading', { name: /^Confidential stakeholder/ }).waitFor();
    expect(await panel.getByRole('button', { name: 'Delete stakeholder' }).isDisabled()).toBe(true);
    const edits = panel.getByRole('button', { name: /^Edit tie with/ });
    expect(await edits.count()).toBeGreaterThan(0);
    for (const button of await edits.all()) expect(await button.isDisabled()).toBe(true);
    await (await toolbarButton(page, 'Presentation mode')).click();
    expect(await panel.getByRole('button', { name: 'Delete stakeholder' }).isDisabled()).toBe(false);
  });
});
