// On a big map the search box's suggestions and the list behind the map are built after the map is
// drawn, in a deferred render (SearchBox.tsx, StakeholderTable.tsx): they must still end up whole
// and current. Here: one suggestion per person once the map is up, a person picked from them is
// found, the list shows everyone when opened, and a person deleted leaves the suggestions and the list.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';

const t = appPerTest('big-map-deferred');
/** The deferred render of a few thousand people on a busy machine: more than expect.poll's one second. */
const SLOW = { timeout: 20_000 };
const SIZE = 3_000;

function suggestions(page: Page): Promise<string[]> {
  return page.locator('form[role="search"] datalist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
}

describe('what a big map builds after its first frame', () => {
  it('gives one suggestion per person, finds a picked one, lists everyone, and forgets a deleted person', async () => {
    const map = positionedMap(SIZE, 11);
    await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.getByRole('application', { name: new RegExp(`^Map of ${SIZE} stakeholders`) }).waitFor();
    await expect.poll(async () => (await suggestions(page)).length, SLOW).toBe(SIZE);

    // A suggestion picked from the list is a complete answer: that person's details open.
    const person = map.stakeholders[1_234]!;
    const label = (await suggestions(page)).find((value) => value === person.name || value.startsWith(`${person.name} (`));
    expect(label).toBeDefined();
    await page.getByLabel('Find a stakeholder').fill(label!);
    await page.getByRole('form', { name: `Details of ${person.name}` }).waitFor();

    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => page.getByText(`Showing ${SIZE} of ${SIZE}`).count(), SLOW).toBe(1);
    await saveScreenshot(page, 'big-map-deferred-list');
    await page.getByRole('button', { name: 'Map', exact: true }).click();

    await page.getByRole('button', { name: 'Delete stakeholder' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(async () => (await suggestions(page)).length, SLOW).toBe(SIZE - 1);
    expect(await suggestions(page)).not.toContain(label);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect.poll(() => page.getByText(`Showing ${SIZE - 1} of ${SIZE - 1}`).count(), SLOW).toBe(1);
    expect(t.app.errors).toEqual([]);
  });
});
