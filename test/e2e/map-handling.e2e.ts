// Handling the map: a click selects without moving the view, so a second click at the same screen
// point hits the same stakeholder again; the keyboard alone moves between stakeholders, opens them
// and focuses on a neighbourhood; hovering shows a card; a Shift+drag lasso chooses everyone inside
// it. Each on the small map (Cytoscape) and, where it differs, the big one (canvas).
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { categoryInfo } from '../../shared/categories';
import type { Stakeholder } from '../../shared/model';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';
import { readSampleMap, waitUntilSaved } from './support/sample-map';

const t = appPerTest('map-handling');

function mapSurface(page: Page): Locator {
  return page.locator('.map-canvas').first();
}

/** Where a stakeholder is on the screen, from its saved position and the view the map reports. */
async function onScreen(surface: Locator, s: Stakeholder): Promise<{ x: number; y: number }> {
  const box = await surface.boundingBox();
  const view = await surface.evaluate((el) => {
    const { zoom, panX, panY } = (el as HTMLElement).dataset;
    return { zoom: Number(zoom ?? 0), panX: Number(panX ?? 0), panY: Number(panY ?? 0) };
  });
  if (!box || !s.position) throw new Error(`${s.name} cannot be found on the screen`);
  return { x: box.x + s.position.x * view.zoom + view.panX, y: box.y + s.position.y * view.zoom + view.panY };
}

function mapState(page: Page) {
  return page.evaluate(() => ({
    focused: document.activeElement?.getAttribute('role') === 'application',
    spoken: document.querySelector('.map-announcer')?.textContent ?? '',
    ring: document.querySelector('.map-focus-ring') !== null,
    card: document.querySelector('.map-card-name')?.textContent ?? null,
  }));
}

async function start(): Promise<Page> {
  t.app = await launchApp({ dataDir: t.dataDir.path });
  await waitUntilSaved(t.app.page);
  await t.app.page.setViewportSize({ width: 1024, height: 700 });
  return t.app.page;
}

describe('handling the small map', () => {
  it('a click selects without panning: two clicks at one screen point both hit the stakeholder', async () => {
    const page = await start();
    await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.every((s) => s.position), { timeout: 15_000 }).toBe(true);
    const map = await readSampleMap(t.dataDir.path);
    const surface = mapSurface(page);
    await expect.poll(() => surface.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    // Let the fit animation settle before reading where the stakeholders are.
    await page.waitForTimeout(400);
    const [found, target] = map.stakeholders.filter((s) => !s.confidential);
    if (!found || !target) throw new Error('the sample has too few open stakeholders');
    // Someone found by search is brought into view: the clicks after that must not move it again.
    await page.getByLabel('Find a stakeholder').fill(found.name);
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: `Details of ${found.name}` }).waitFor();
    await page.waitForTimeout(400);
    const p = await onScreen(surface, target);
    await page.mouse.click(p.x, p.y);
    await page.getByRole('form', { name: `Details of ${target.name}` }).waitFor();
    await page.waitForTimeout(400);
    expect(await onScreen(surface, target)).toEqual(p);
    // Away (an empty spot closes the panel) and back: the second click hits the same stakeholder.
    await page.mouse.click(p.x - 400, p.y + 200);
    await page.mouse.click(p.x, p.y);
    await page.getByRole('form', { name: `Details of ${target.name}` }).waitFor();
    expect(await onScreen(surface, target)).toEqual(p);
    await saveScreenshot(page, 'map-click-twice');
  });

  it('is reached and used by keyboard alone: Tab in, arrows move, Enter opens, N focuses on the ties, Escape leaves', async () => {
    const page = await start();
    const map = await readSampleMap(t.dataDir.path);
    const surface = mapSurface(page);
    await expect.poll(() => surface.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    for (let i = 0; i < 80 && !(await mapState(page)).focused; i += 1) await page.keyboard.press('Tab');
    expect((await mapState(page)).focused).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await mapState(page)).spoken).toMatch(/ties?\.$/);
    const first = (await mapState(page)).spoken;
    const firstName = map.stakeholders.find((s) => first.startsWith(`${s.name}`))?.name;
    expect(firstName).toBeDefined();
    await expect.poll(async () => (await mapState(page)).ring).toBe(true);
    await expect.poll(async () => (await mapState(page)).card).toBe(firstName);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await mapState(page)).spoken).not.toBe(first);
    const spoken = (await mapState(page)).spoken;
    const person = map.stakeholders.filter((s) => spoken.startsWith(s.name)).sort((a, b) => b.name.length - a.name.length)[0]!;
    // The announcement names the person and their category.
    expect(spoken).toContain(person.categories[0] ? categoryInfo(person.categories[0]).label : 'No category');
    await saveScreenshot(page, 'map-keyboard-focus');
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: `Details of ${person.name}` }).waitFor();
    expect((await mapState(page)).focused).toBe(true);
    await page.keyboard.press('n');
    await page.getByRole('region', { name: 'Highlight' }).getByText(`${person.name} and their direct ties`).waitFor();
    await saveScreenshot(page, 'map-neighbourhood-focus');
    await page.keyboard.press('n');
    await page.getByRole('region', { name: 'Highlight' }).waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    expect((await mapState(page)).focused).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zoom in');
  });
});
