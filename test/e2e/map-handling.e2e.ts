// Handling the map: a click selects without moving the view, so a second click at the same screen
// point hits the same stakeholder again; the keyboard alone moves between stakeholders, opens them
// and focuses on a neighbourhood; hovering shows a card; a Shift+drag lasso chooses everyone inside
// it. Each on the small map (Cytoscape) and, where it differs, the big one (canvas).
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readMapFile } from '../../electron/main/store/read-map';
import { categoryInfo } from '../../shared/categories';
import { STAGE_LABELS } from '../../shared/labels';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { readSampleMap, waitUntilSaved } from './support/sample-map';
import { toolbarButton } from './support/toolbar';

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

/** The view the map reports: its zoom and pan. */
function viewOf(surface: Locator): Promise<{ zoom: number; panX: number; panY: number }> {
  return surface.evaluate((el) => {
    const { zoom, panX, panY } = (el as HTMLElement).dataset;
    return { zoom: Number(zoom ?? 0), panX: Number(panX ?? 0), panY: Number(panY ?? 0) };
  });
}

/** Whether two views show the same picture (to a tenth of a pixel, as animations end on floats). */
function sameView(a: { zoom: number; panX: number; panY: number }, b: { zoom: number; panX: number; panY: number }): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-3 && Math.abs(a.panX - b.panX) < 0.1 && Math.abs(a.panY - b.panY) < 0.1;
}

/** N focuses on the neighbourhood (the view moves to it), 2 widens it, N again leaves: back to the view from before. */
async function neighbourhoodAndBack(page: Page, surface: Locator, name: string, screenshot: string): Promise<void> {
  // The view once it rests (opening the panel may still be moving it).
  let before = await viewOf(surface);
  await expect
    .poll(async () => {
      await page.waitForTimeout(400);
      const now = await viewOf(surface);
      const still = sameView(now, before);
      before = now;
      return still;
    })
    .toBe(true);
  await page.keyboard.press('n');
  await page.getByRole('region', { name: 'Highlight' }).getByText(`${name} and their direct ties`).waitFor();
  await expect.poll(async () => sameView(await viewOf(surface), before)).toBe(false);
  await saveScreenshot(page, screenshot);
  await page.keyboard.press('2');
  await page.getByRole('region', { name: 'Highlight' }).getByText(`${name} and everyone within 2 steps`).waitFor();
  await page.keyboard.press('n');
  await page.getByRole('region', { name: 'Highlight' }).waitFor({ state: 'hidden' });
  await page.waitForTimeout(1500);
  const after = await viewOf(surface);
  expect(sameView(after, before), `back to ${JSON.stringify(before)}, at ${JSON.stringify(after)}`).toBe(true);
}

async function placedSample(): Promise<MapDocument> {
  await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.every((s) => s.position), { timeout: 15_000 }).toBe(true);
  return readSampleMap(t.dataDir.path);
}

/** Every stakeholder with its place on screen. */
async function everyoneOnScreen(surface: Locator, map: MapDocument): Promise<{ s: Stakeholder; x: number; y: number }[]> {
  return Promise.all(map.stakeholders.map(async (s) => ({ s, ...(await onScreen(surface, s)) })));
}

/** Shift+drag a rectangle-shaped lasso through its corners. */
async function lasso(page: Page, corners: readonly { x: number; y: number }[]): Promise<void> {
  await page.keyboard.down('Shift');
  await page.mouse.move(corners[0]!.x, corners[0]!.y);
  await page.mouse.down();
  for (const c of [...corners.slice(1), corners[0]!]) await page.mouse.move(c.x, c.y, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
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
  const app = await launchOnSample(t);
  await app.page.setViewportSize({ width: 1024, height: 700 });
  return app.page;
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
    // The pointer rests on them: the hover card names them, gives their stage's label and counts their ties.
    const ties = map.ties.filter((tie) => tie.source === target.id || tie.target === target.id).length;
    await expect.poll(() => page.locator('.map-card').textContent()).toBe(`${target.name}${target.categories.map((c) => categoryInfo(c).label).join(', ') || 'No category'}Stage: ${STAGE_LABELS[target.stage]}${ties} tie${ties === 1 ? '' : 's'}`);
    await saveScreenshot(page, 'map-hover-card');
    await page.waitForTimeout(400);
    expect(await onScreen(surface, target)).toEqual(p);
    // Away (an empty spot closes the panel) and back: the second click hits the same stakeholder.
    await page.mouse.click(p.x - 400, p.y + 200);
    await page.mouse.click(p.x, p.y);
    await page.getByRole('form', { name: `Details of ${target.name}` }).waitFor();
    expect(await onScreen(surface, target)).toEqual(p);
    await saveScreenshot(page, 'map-click-twice');
  });

  it('is reached and used by keyboard alone: Tab in, arrows move, Enter opens, N and 2 focus on the ties, Escape leaves', async () => {
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
    // Leaving the focus returns to the view from before it, also after widening it.
    await neighbourhoodAndBack(page, surface, person.name, 'map-neighbourhood-focus');
    await page.keyboard.press('Escape');
    expect((await mapState(page)).focused).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zoom in');
  });

  it('a Shift+drag lasso chooses everyone inside it for the bulk bar', async () => {
    const page = await start();
    const map = await placedSample();
    const surface = mapSurface(page);
    await expect.poll(() => surface.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    await page.waitForTimeout(400);
    const people = await everyoneOnScreen(surface, map);
    const xs = people.map((p) => p.x).sort((a, b) => a - b);
    const ys = people.map((p) => p.y).sort((a, b) => a - b);
    // The left half of the drawing, from just outside its top-left corner (empty space).
    const box = { x1: xs[0]! - 30, y1: ys[0]! - 30, x2: (xs[0]! + xs.at(-1)!) / 2, y2: ys.at(-1)! + 30 };
    const inside = people.filter((p) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2);
    expect(inside.length).toBeGreaterThan(2);
    expect(inside.length).toBeLessThan(people.length);
    await lasso(page, [
      { x: box.x1, y: box.y1 },
      { x: box.x2, y: box.y1 },
      { x: box.x2, y: box.y2 },
      { x: box.x1, y: box.y2 },
    ]);
    const bar = page.getByRole('group', { name: `Change the ${inside.length} chosen stakeholders` });
    await bar.waitFor();
    await saveScreenshot(page, 'map-lasso-chosen');
    // The list shows the same people chosen.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    for (const p of inside.slice(0, 3)) expect(await page.getByRole('checkbox', { name: `Choose ${p.s.name}`, exact: true }).isChecked()).toBe(true);
    // Nothing moved: the lasso neither panned the map nor dragged anyone.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    expect(await onScreen(surface, inside[0]!.s)).toEqual({ x: inside[0]!.x, y: inside[0]!.y });
  });

  it('places new stakeholders without ties in free space in view, never on top of another', async () => {
    const page = await start();
    await placedSample();
    for (const name of ['Ines Newcomer', 'Ode Newcomer']) {
      await page.getByRole('button', { name: 'Add stakeholder' }).click();
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('form', { name: `Details of ${name}` }).waitFor();
      await waitUntilSaved(page);
    }
    const map = await readSampleMap(t.dataDir.path);
    const surface = mapSurface(page);
    const box = (await surface.boundingBox())!;
    for (const name of ['Ines Newcomer', 'Ode Newcomer']) {
      const s = map.stakeholders.find((x) => x.name === name)!;
      for (const o of map.stakeholders) if (o !== s) expect(Math.hypot(o.position!.x - s.position!.x, o.position!.y - s.position!.y)).toBeGreaterThanOrEqual(79);
      const p = await onScreen(surface, s);
      expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height).toBe(true);
    }
    await saveScreenshot(page, 'map-new-stakeholders-placed');
  });

  it('works the same on the big map (canvas): keyboard alone, then a lasso', async () => {
    const map = positionedMap(1_100, 3);
    await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.setViewportSize({ width: 1024, height: 700 });
    const canvas = page.getByRole('application', { name: /^Map of 1100 stakeholders/ });
    await expect.poll(() => canvas.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    for (let i = 0; i < 80 && !(await mapState(page)).focused; i += 1) await page.keyboard.press('Tab');
    expect((await mapState(page)).focused).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await mapState(page)).spoken).toMatch(/ties?\.$/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await mapState(page)).ring).toBe(true);
    const spoken = (await mapState(page)).spoken;
    const person = map.stakeholders.filter((s) => spoken.startsWith(`${s.name}:`) || spoken.startsWith(`${s.name} (`))[0]!;
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: 'Change the 1 chosen stakeholder' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Stakeholder panel' }).getByRole('heading', { name: person.name, exact: true }).waitFor();
    await saveScreenshot(page, 'map-canvas-keyboard');
    await canvas.focus();
    await neighbourhoodAndBack(page, canvas, person.name, 'map-canvas-neighbourhood-focus');

    // A lasso around one cluster (the generated map places each block of 40 as a disc).
    const people = await everyoneOnScreen(canvas, map);
    const block = people.slice(0, 40);
    const box = {
      x1: Math.min(...block.map((p) => p.x)) - 15,
      y1: Math.min(...block.map((p) => p.y)) - 15,
      x2: Math.max(...block.map((p) => p.x)) + 15,
      y2: Math.max(...block.map((p) => p.y)) + 15,
    };
    expect(people.every((p) => Math.hypot(p.x - box.x1, p.y - box.y1) > 12)).toBe(true);
    const inside = people.filter((p) => p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2 && p.s.id !== person.id);
    await lasso(page, [
      { x: box.x1, y: box.y1 },
      { x: box.x2, y: box.y1 },
      { x: box.x2, y: box.y2 },
      { x: box.x1, y: box.y2 },
    ]);
    await page.getByRole('group', { name: `Change the ${inside.length + 1} chosen stakeholders` }).waitFor();
  });

  it('the hover card follows presentation mode: a confidential person shows only as their placeholder', async () => {
    const page = await start();
    const map = await placedSample();
    const surface = mapSurface(page);
    await expect.poll(() => surface.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    await (await toolbarButton(page, 'Presentation mode')).click();
    await page.waitForTimeout(400);
    const hidden = map.stakeholders.find((s) => s.confidential)!;
    const p = await onScreen(surface, hidden);
    await page.mouse.move(p.x, p.y);
    const card = page.locator('.map-card');
    await expect.poll(() => card.textContent()).toMatch(/^Confidential stakeholder \d+/);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Confidential');
    expect(text).not.toContain(hidden.name);
    await saveScreenshot(page, 'map-hover-card-presenting');
  });

  it('spreads people who arrive without a place (as from an import) over free space, none on another, all in view', async () => {
    // A map whose 80 stakeholders have places; 24 more arrive without one and without ties.
    const before = positionedMap(80, 2);
    const newcomers = before.stakeholders.slice(0, 24).map((s, i) => {
      const { position: _position, ...rest } = s;
      return { ...rest, id: `arrived-${i}`, name: `Arrived ${i}` };
    });
    const path = await dataDirWithMap(t.dataDir.path, { ...before, stakeholders: [...before.stakeholders, ...newcomers] });
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(async () => (await readMapFile(path)).stakeholders.every((s) => s.position), { timeout: 15_000 }).toBe(true);
    const map = await readMapFile(path);
    const arrived = map.stakeholders.filter((s) => s.id.startsWith('arrived-'));
    expect(arrived).toHaveLength(24);
    for (const s of arrived) for (const o of map.stakeholders) if (o !== s) expect(Math.hypot(o.position!.x - s.position!.x, o.position!.y - s.position!.y)).toBeGreaterThanOrEqual(79);
    const surface = mapSurface(page);
    await page.waitForTimeout(500);
    const box = (await surface.boundingBox())!;
    for (const s of arrived) {
      const p = await onScreen(surface, s);
      expect(p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height).toBe(true);
    }
    await saveScreenshot(page, 'map-arrivals-placed');
  });
});
