// The insights panel against the sample coalition, driven as a user would: read what is missing,
// follow a recruitment suggestion to the map and the list, make the change, watch the analysis
// catch up. The analysis runs in its Web Worker inside the real renderer.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';

const t = appPerTest('insights');

/** A coverage row (a list item headed by the category's name). */
function coverageRow(page: Page, category: string): Locator {
  return page
    .getByRole('region', { name: 'Coverage' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: category, exact: true }) });
}

async function upToDate(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: /^Up to date/ }).waitFor();
}

describe('insights panel', () => {
  it('shows the sample’s gap, duplication and broker, highlights a suggestion, and follows an edit', async () => {
    const app = await launchOnSample(t);
    const { page } = app;

    // The tabs are reachable and work from the keyboard.
    await page.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Insights' }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('region', { name: 'Insights' });
    await upToDate(page);

    const policymakers = coverageRow(page, 'Policymaker');
    expect(await policymakers.textContent()).toMatch(/Missing.*0 members.*4 on the map.*Recruitment gap/s);
    expect(await coverageRow(page, 'Service provider').textContent()).toContain('OK');

    const services = page.getByRole('table', { name: 'Services' });
    const counselling = services.getByRole('row').filter({ hasText: 'Counselling and support groups' });
    expect(await counselling.textContent()).toMatch(/Willow Street Counselling Collective.*Bend Valley Family Services.*Duplicated/s);
    expect(await services.getByRole('row').filter({ hasText: 'Language interpretation' }).textContent()).toContain('Gap');
    expect(await panel.getByText('Overlapping, not working together').count()).toBe(1);

    const candidates = page.getByRole('list', { name: 'Core-member candidates' });
    const broker = candidates.getByRole('listitem').filter({ hasText: 'Rev. Imani Castell' }).first();
    expect(await broker.textContent()).toContain('The only link between');
    expect(await panel.getByText(/Anchor organization:/).textContent()).toContain('Harlow Bend Family Justice Center');

    await panel.getByRole('heading', { name: 'Coverage' }).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'insights-panel');

    // A suggestion two steps away lights its whole warm path on the map.
    const suggestions = page.getByRole('list', { name: 'Suggestions for Policymaker' });
    const bar = page.getByRole('region', { name: 'Highlight' });
    await suggestions.getByRole('listitem').filter({ hasText: 'Path:' }).first().getByRole('button').click();
    expect(await bar.textContent()).toMatch(/introduced by .+ through /);
    expect(await bar.getByRole('list', { name: 'Highlighted stakeholders' }).getByRole('listitem').count()).toBe(3);
    await page.waitForTimeout(600);
    await saveScreenshot(page, 'insights-highlight');

    // The first policymaker suggestion is marked in the list too.
    const first = suggestions.getByRole('button').first();
    const suggested = String(await first.textContent());
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect(await bar.textContent()).toContain(suggested);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByRole('table', { name: 'Stakeholders' });
    // The row's own header names the stakeholder (its name no longer starts the row's: a checkbox comes first).
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${suggested}`) }) });
    expect(await row.textContent()).toContain('Highlighted');
    const marked = await table.locator('tbody tr').filter({ hasText: 'Highlighted' }).count();
    expect(marked).toBeGreaterThanOrEqual(2);

    // Open them from the highlight bar and make them a member: the analysis runs again.
    await bar.getByRole('button', { name: `Open the details of ${suggested}` }).click();
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true');
    const form = page.getByRole('form', { name: `Details of ${suggested}` });
    await form.getByLabel('Engagement stage').selectOption({ label: 'Member' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    await page.getByRole('tab', { name: 'Insights' }).click();
    await upToDate(page);
    await expect.poll(() => policymakers.textContent()).toMatch(/OK.*1 member /s);
    expect(await page.getByRole('list', { name: 'Suggestions for Policymaker' }).count()).toBe(0);

    await bar.getByRole('button', { name: 'Clear highlight' }).click();
    await bar.waitFor({ state: 'detached' });
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });

  it('sizes nodes by a chosen figure and colours them by community, with the legend following', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const legend = page.getByRole('region', { name: 'Legend' });
    expect(await legend.textContent()).toContain('higher influence rating');
    await page.getByLabel('Node size').selectOption({ label: 'Brokerage' });
    expect(await legend.textContent()).toContain('shortest paths');
    await page.getByLabel('Node colour').selectOption({ label: 'Community' });
    const key = page.getByRole('navigation', { name: 'Filters and legend' });
    const group = key.getByRole('button', { name: /^Group 1: \d+ stakeholders around / });
    await group.click();
    expect(await page.getByRole('region', { name: 'Highlight' }).textContent()).toContain('Group 1');
    expect(app.errors).toEqual([]);
  });
});
