// Search finds people as they are written (accents, punctuation, organization, email), pickers tell
// namesakes apart, presenting starts with an empty search box, and a notice ends with its undo.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { addToSampleMap, waitUntilSaved } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

const t = appPerTest('search');

async function start(): Promise<Page> {
  await addToSampleMap(t.dataDir.path, (model) => [
    { ...model, id: 'x-tomas', name: 'Tomás Quintero', role: 'Youth pastor', email: 'tq@example.org', confidential: false, tags: [] },
    { ...model, id: 'x-ana-1', name: 'Ana Ruiz', role: 'Nurse', email: 'ana.ruiz@clinic.example.org', confidential: false, tags: [] },
    { ...model, id: 'x-ana-2', name: 'Ana Ruíz', role: 'Paralegal', email: 'aruiz@legal.example.org', confidential: false, tags: ['Spanish speaker'] },
  ]);
  const app = await launchOnSample(t);
  return app.page;
}

describe('search and notices', () => {
  it('finds "tomas" as Tomás, by email and by tag, and tells two Ana Ruiz apart in the tie picker', async () => {
    const page = await start();
    const search = page.getByLabel('Find a stakeholder');
    await search.fill('tomas quint');
    await search.press('Enter');
    await page.getByRole('form', { name: 'Details of Tomás Quintero' }).waitFor();
    await search.fill('legal.example');
    await search.press('Enter');
    await page.getByRole('form', { name: 'Details of Ana Ruíz' }).waitFor();

    // The list's filter uses the same matcher.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByLabel('Filter the list').fill('SPANISH');
    const table = page.getByRole('table', { name: 'Stakeholders' });
    await expect.poll(() => table.getByRole('row').count()).toBe(2);

    // The tie picker shows what sets the namesakes apart.
    await page.getByText('Add a tie').click();
    await page.getByLabel('Find the other stakeholder').fill('ana ruiz');
    const options = await page.getByLabel('Other stakeholder').locator('option').allTextContents();
    expect(options).toEqual(['Ana Ruiz (ana.ruiz@clinic.example.org)']);
    await saveScreenshot(page, 'search-namesakes');
    expect(t.app?.errors).toEqual([]);
  });

  it('presenting empties the search box; a deletion notice goes away after Undo', async () => {
    const page = await start();
    const search = page.getByLabel('Find a stakeholder');
    await search.fill('Tomás Quintero');
    await search.press('Enter');
    const form = page.getByRole('form', { name: 'Details of Tomás Quintero' });
    await form.waitFor();
    await (await toolbarButton(page, 'Presentation mode')).click();
    expect(await page.getByLabel('Find a stakeholder').inputValue()).toBe('');
    await (await toolbarButton(page, 'Presentation mode')).click();

    await page.getByRole('button', { name: 'Delete stakeholder' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
    const notice = page.getByRole('alert').getByText('Deleted Tomás Quintero. Undo brings them back.');
    await notice.waitFor();
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await notice.waitFor({ state: 'hidden' });
    // The sample's "fictional sample" banner and at most three notices in all.
    expect(await page.getByRole('alert').locator('.notice').count()).toBeLessThanOrEqual(3);
  });
});
