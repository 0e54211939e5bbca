// A big map on our own canvas, in the real renderer: it draws the stakeholders in their colours,
// hovering names one, a click selects one, a drag moves it (saved to disk, and undone), the wheel and the keyboard move
// the view, and "Link two nodes" works by clicking, as on small maps. Nodes are found on screen from
// their saved positions and the view the canvas reports after each full frame.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { categoryInfo } from '../../shared/categories';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { readMapFile } from '../../electron/main/store/read-map';
import { influenceSize } from '../../renderer/src/graph/node-look';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';

const t = appPerTest('big-map-canvas');
const SIZE = 2_000;

interface View {
  readonly zoom: number;
  readonly panX: number;
  readonly panY: number;
}

/** Read in one go: three separate reads could straddle a frame and mix two views. */
async function viewOf(canvas: Locator): Promise<View> {
  return canvas.evaluate((element) => {
    const { zoom, panX, panY } = (element as HTMLCanvasElement).dataset;
    // Before the first full frame there is no view yet: all zero, as nextView's first caller expects.
    return { zoom: Number(zoom ?? 0), panX: Number(panX ?? 0), panY: Number(panY ?? 0) };
  });
}

/** Waits until the canvas reports a full frame of a view other than `before`. */
async function nextView(page: Page, canvas: Locator, before: View): Promise<View> {
  for (let i = 0; i < 100; i += 1) {
    const view = await viewOf(canvas);
    if (view.zoom !== before.zoom || view.panX !== before.panX || view.panY !== before.panY) return view;
    await page.waitForTimeout(50);
  }
  throw new Error('the canvas did not draw a new view within 5 s');
}

async function onScreen(canvas: Locator, s: Stakeholder): Promise<{ x: number; y: number }> {
  const box = await canvas.boundingBox();
  if (!box || !s.position) throw new Error(`${s.name} cannot be found on the screen`);
  const view = await viewOf(canvas);
  return { x: box.x + s.position.x * view.zoom + view.panX, y: box.y + s.position.y * view.zoom + view.panY };
}

/**
 * Stakeholders with one category whose centre no other node covers, so a click there can only
 * land on them (nodes are drawn in map order, so anyone may be covered by a later one).
 */
function uncovered(map: MapDocument): Stakeholder[] {
  const { stakeholders } = map;
  return stakeholders.filter(
    (s) =>
      s.categories.length === 1 &&
      stakeholders.every((o) => o === s || Math.hypot(o.position!.x - s.position!.x, o.position!.y - s.position!.y) > influenceSize(o) / 2 + 4),
  );
}

/** The canvas pixel (RGB hex) at a point of the page. */
async function pixelAt(page: Page, p: { x: number; y: number }): Promise<string> {
  return page.evaluate(([x, y]) => {
    const canvas = document.querySelector('.map-canvas canvas') as HTMLCanvasElement;
    const r = canvas.getBoundingClientRect();
    const ratio = canvas.width / r.width;
    const [red, green, blue] = canvas.getContext('2d')!.getImageData(Math.round((x - r.left) * ratio), Math.round((y - r.top) * ratio), 1, 1).data;
    return `#${[red, green, blue].map((v) => v!.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  }, [p.x, p.y] as const);
}

describe('a big map on the canvas', () => {
  it('selects, moves, zooms, pans and links by mouse and keyboard', async () => {
    const map = positionedMap(SIZE, 5);
    const path = await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const canvas = page.getByRole('application', { name: new RegExp(`^Map of ${SIZE} stakeholders`) });
    const first = await nextView(page, canvas, { zoom: 0, panX: 0, panY: 0 });
    await saveScreenshot(page, 'big-map-canvas');

    const [a, b] = uncovered(map);
    if (!a || !b) throw new Error('the generated map has no two uncovered stakeholders to click');
    // The map is drawn: the centre of a stakeholder has its category's colour.
    const atA = await onScreen(canvas, a);
    expect(await pixelAt(page, atA)).toBe(categoryInfo(a.categories[0]!).colour.toUpperCase());

    // Hovering names the stakeholder, which a zoomed-out map has no room to label.
    await page.mouse.move(atA.x, atA.y);
    const card = page.locator('.map-card .map-card-name');
    await card.waitFor();
    expect(await card.textContent()).toBe(a.name);
    await saveScreenshot(page, 'big-map-canvas-hover');

    // A click selects.
    await page.mouse.click(atA.x, atA.y);
    const panel = page.getByRole('complementary', { name: 'Stakeholder panel' });
    await panel.getByRole('heading', { name: a.name, exact: true }).waitFor();

    // A drag moves the node; the new place is saved, and Undo puts it back.
    await page.mouse.move(atA.x, atA.y);
    await page.mouse.down();
    await page.mouse.move(atA.x + 80, atA.y + 50, { steps: 8 });
    await page.mouse.up();
    const moved = { x: a.position!.x + 80 / first.zoom, y: a.position!.y + 50 / first.zoom };
    await expect.poll(async () => (await readMapFile(path)).stakeholders.find((s) => s.id === a.id)?.position, { timeout: 10_000 }).toSatisfy(
      (p: { x: number; y: number } | undefined) => p !== undefined && Math.abs(p.x - moved.x) <= 1 && Math.abs(p.y - moved.y) <= 1,
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readMapFile(path)).stakeholders.find((s) => s.id === a.id)?.position, { timeout: 10_000 }).toEqual(a.position);

    // The wheel zooms in about the pointer: the model point under it stays put.
    await page.mouse.move(atA.x, atA.y);
    await page.mouse.wheel(0, -300);
    const zoomed = await nextView(page, canvas, first);
    expect(zoomed.zoom).toBeGreaterThan(first.zoom * 1.2);
    const box = (await canvas.boundingBox())!;
    // Within a pixel: the canvas box and the pointer sit on fractional CSS pixels.
    expect(Math.abs(box.x + a.position!.x * zoomed.zoom + zoomed.panX - atA.x)).toBeLessThanOrEqual(1);
    await saveScreenshot(page, 'big-map-canvas-zoomed');

    // The keyboard: Shift+arrows pan, 0 fits again.
    await canvas.focus();
    await page.keyboard.press('Shift+ArrowRight');
    const panned = await nextView(page, canvas, zoomed);
    expect(panned.panX).toBeCloseTo(zoomed.panX - 60, 5);
    await page.keyboard.press('0');
    const fitted = await nextView(page, canvas, panned);
    expect(fitted.zoom).toBeCloseTo(first.zoom, 5);

    // A frame asked for just as the canvas's box changes size (a bar shown above the map) is drawn
    // once, at the new size: not first at the old size and then wiped when the resize is noticed.
    const resized = await page.evaluate(async () => {
      const drawn = document.querySelector('.map-canvas canvas') as HTMLCanvasElement;
      const box = drawn.parentElement!;
      const before = Number(drawn.dataset.fullFrames);
      // Fit again (the view it is in): a full frame is asked for.
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Fit')!.click();
      box.style.flex = `0 0 ${box.clientHeight - 45}px`;
      await new Promise((done) => setTimeout(done, 500));
      const seen = { frames: Number(drawn.dataset.fullFrames) - before, height: drawn.height / devicePixelRatio, boxHeight: box.clientHeight };
      box.style.flex = '';
      return seen;
    });
    expect(resized).toEqual({ frames: 1, height: resized.boxHeight, boxHeight: expect.any(Number) });

    // Linking by clicking two nodes opens the new tie's dialog.
    await page.getByRole('button', { name: 'Link two nodes' }).click();
    const atAAgain = await onScreen(canvas, a);
    await page.mouse.click(atAAgain.x, atAAgain.y);
    await page.getByRole('status').filter({ hasText: 'Now click the second stakeholder' }).waitFor();
    const atB = await onScreen(canvas, b);
    await page.mouse.click(atB.x, atB.y);
    await page.getByRole('dialog', { name: `New tie: ${a.name} and ${b.name}` }).waitFor();
    await saveScreenshot(page, 'big-map-canvas-link');
    expect(t.app.errors).toEqual([]);
  }, 120_000);
});
