// Small-map labels never lie on one another: on the sample map (Cytoscape) no two drawn labels
// overlap at zooms where labels are drawn, a label hidden for that comes back under the pointer, and
// the selected stakeholder's label is always drawn.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appPerTest } from './support/app-per-test';
import { launchOnSample } from './support/launch-sample';
import { saveScreenshot } from './support/files';
import { readSampleMap } from './support/sample-map';

const t = appPerTest('map-labels');

interface DrawnLabel {
  readonly id: string;
  readonly name: string;
  readonly drawn: boolean;
  /** Its node's centre is within the map's box. */
  readonly onScreen: boolean;
  /** The label's box on screen (page px). */
  readonly box: { x1: number; y1: number; x2: number; y2: number };
}

/** Every node's label as Cytoscape lays it out (its own instance, which it keeps on its container). */
function labels(surface: Locator): Promise<DrawnLabel[]> {
  return surface.evaluate((el) => {
    type Node = {
      id(): string;
      data(k: string): unknown;
      visible(): boolean;
      style(k: string): string;
      boundingBox(o: object): { x1: number; y1: number; x2: number; y2: number };
      renderedPosition(): { x: number; y: number };
    };
    const cy = (el as unknown as { _cyreg: { cy: { nodes(): Node[]; zoom(): number; pan(): { x: number; y: number } } } })._cyreg.cy;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const page = el.getBoundingClientRect();
    return cy
      .nodes()
      .filter((n) => n.visible() && String(n.data('label') ?? '') !== '')
      .map((n) => {
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
        return {
          id: n.id(),
          name: String(n.data('label')),
          drawn: Number(n.style('text-opacity')) > 0,
          onScreen: (() => {
            const p = n.renderedPosition();
            return p.x > 0 && p.y > 0 && p.x < page.width && p.y < page.height;
          })(),
          box: { x1: page.x + b.x1 * zoom + pan.x, y1: page.y + b.y1 * zoom + pan.y, x2: page.x + b.x2 * zoom + pan.x, y2: page.y + b.y2 * zoom + pan.y },
        };
      });
  });
}

/** Pairs of drawn labels that overlap by more than a pixel each way. */
function overlapping(all: readonly DrawnLabel[]): string[] {
  const drawn = all.filter((l) => l.drawn);
  const found: string[] = [];
  for (let i = 0; i < drawn.length; i += 1) {
    for (let j = i + 1; j < drawn.length; j += 1) {
      const a = drawn[i]!.box;
      const b = drawn[j]!.box;
      if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1) found.push(`${drawn[i]!.name} / ${drawn[j]!.name}`);
    }
  }
  return found;
}

async function start(): Promise<{ page: Page; surface: Locator }> {
  const app = await launchOnSample(t);
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const surface = page.locator('.map-canvas').first();
  await expect.poll(async () => (await readSampleMap(t.dataDir.path)).stakeholders.every((s) => s.position), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => surface.evaluate((el) => Number((el as HTMLElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
  return { page, surface };
}

describe('labels on the small map', () => {
  it('draws no label over another when zoomed in to read them; a hidden one shows under the pointer; the selected one always shows', async () => {
    const { page, surface } = await start();
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(600);
    // Close enough that Cytoscape draws labels at all (its min-zoomed-font-size).
    const zoomIn = async (clicks: number) => {
      for (let i = 0; i < clicks; i += 1) await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      await page.waitForTimeout(400);
      const now = await labels(surface);
      expect(now.filter((l) => l.drawn && l.onScreen).length).toBeGreaterThan(4);
      expect(overlapping(now)).toEqual([]);
    };
    await zoomIn(3);
    await saveScreenshot(page, 'map-labels-zoomed');

    // A label hidden for another comes back under the pointer.
    const hidden = (await labels(surface)).find((l) => !l.drawn && l.onScreen);
    expect(hidden).toBeDefined();
    const node = await surface.evaluate((el, id) => {
      const cy = (el as unknown as { _cyreg: { cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } } } })._cyreg.cy;
      return cy.getElementById(id).renderedPosition();
    }, hidden!.id);
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + node.x, box.y + node.y);
    await expect.poll(async () => (await labels(surface)).find((l) => l.id === hidden!.id)?.drawn).toBe(true);
    await saveScreenshot(page, 'map-labels-hover');

    // Chosen by a click, it keeps its label after the pointer leaves, and others give way to it.
    await page.mouse.click(box.x + node.x, box.y + node.y);
    await page.getByRole('form', { name: `Details of ${hidden!.name}` }).waitFor();
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.waitForTimeout(400);
    const after = await labels(surface);
    expect(after.find((l) => l.id === hidden!.id)?.drawn).toBe(true);
    expect(overlapping(after)).toEqual([]);
    // Closer still, the same holds.
    await zoomIn(2);
  });
});
