// People ticked in the list are ringed on the map, on both surfaces: Cytoscape (the sample map) and
// the canvas painter (a 2,000-stakeholder map). Each reports how many nodes it draws with the ticked
// ring (data-ticked: Cytoscape from its computed style, the painter from its scene), and unticking
// takes the rings away again.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';

const t = appPerTest('ticked-on-map');
/** A big map's scene is rebuilt after each change: more than expect.poll's one second on a busy machine. */
const SLOW = { timeout: 15_000 };

/** Ticks the first `count` rows of the list and returns their names. */
async function tickInList(page: Page, count: number): Promise<string[]> {
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const table = page.getByRole('table', { name: 'Stakeholders' });
  const names = (await table.locator('tbody tr:not([aria-hidden]) th').allTextContents()).slice(0, count).map((n) => n.replace(/(Anchor|Confidential|Highlighted)+$/, ''));
  for (const name of names) await page.getByRole('checkbox', { name: `Choose ${name}`, exact: true }).check();
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  return names;
}

describe('ticked people on the map', () => {
  it('rings them in Cytoscape on a small map, and the rings go when unticked', async () => {
    const app = await launchOnSample(t);
    const { page } = app;
    const surface = page.getByRole('application', { name: /^Map of 41 stakeholders/ });
    await expect.poll(() => surface.getAttribute('data-ticked'), SLOW).toBe('0');
    await tickInList(page, 3);
    await expect.poll(() => surface.getAttribute('data-ticked'), SLOW).toBe('3');
    await saveScreenshot(page, 'ticked-on-map-cytoscape');
    await page.getByRole('button', { name: 'Clear choice' }).click();
    await expect.poll(() => surface.getAttribute('data-ticked'), SLOW).toBe('0');
    expect(app.errors).toEqual([]);
  });

  it('rings them on the big-map canvas', async () => {
    const map = positionedMap(2_000, 5);
    await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const canvas = page.getByRole('application', { name: /^Map of 2000 stakeholders/ });
    await expect.poll(() => canvas.getAttribute('data-ticked'), SLOW).toBe('0');
    await tickInList(page, 4);
    await expect.poll(() => canvas.getAttribute('data-ticked'), SLOW).toBe('4');
    await saveScreenshot(page, 'ticked-on-map-canvas');
    await page.getByRole('button', { name: 'Clear choice' }).click();
    await expect.poll(() => canvas.getAttribute('data-ticked'), SLOW).toBe('0');
    expect(t.app.errors).toEqual([]);
  });
});
