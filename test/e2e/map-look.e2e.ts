// Reading the map by any field, in the real renderer on a big map (the canvas painter): colour by
// a custom field shows its key with counts and paints each node in its value's colour; the look is
// saved as a named view in the map file; a layout is previewed without saving, kept (saved), and
// undone back to the positions it replaced; no overlap is kept and leaves no two stakeholders closer
// than a node; circle by category is previewed on a smaller map and cancelled.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { readMapFile } from '../../electron/main/store/read-map';
import { colourEncoding } from '../../renderer/src/graph/encodings';
import { influenceSize } from '../../renderer/src/graph/node-look';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { saveScreenshot } from './support/files';

const t = appPerTest('map-look');
const SIZE = 1_500;
const WARDS = ['Ward 1', 'Ward 2', 'Ward 3', 'Ward 4'];

/** The bench map with two imported fields: a ward (text, one in ten without) and a budget (numbers). */
function mapWithFields(): MapDocument {
  const map = positionedMap(SIZE, 3);
  return {
    ...map,
    stakeholders: map.stakeholders.map((s, i) => {
      const custom: Record<string, string> = i % 10 === 9 ? { Budget: String(i) } : { Ward: WARDS[i % 3 === 0 ? 0 : i % 4]!, Budget: String(i) };
      return { ...s, custom };
    }),
  };
}

async function firstFrame(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.map-canvas canvas').evaluate((c) => Number((c as HTMLCanvasElement).dataset.zoom ?? 0)), { timeout: 20_000 }).toBeGreaterThan(0);
}

async function pixelOf(page: Page, s: Stakeholder): Promise<string> {
  return page.evaluate(([x, y]) => {
    const canvas = document.querySelector('.map-canvas canvas') as HTMLCanvasElement;
    const { zoom, panX, panY } = canvas.dataset;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const px = (x * Number(zoom) + Number(panX)) * ratio;
    const py = (y * Number(zoom) + Number(panY)) * ratio;
    const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(px), Math.round(py), 1, 1).data;
    return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
  }, [s.position!.x, s.position!.y] as const);
}

/** Largest difference of one channel between two #RRGGBB colours. */
function distance(a: string, b: string): number {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [x, y] = [channels(a), channels(b)];
  return Math.max(...x.map((v, i) => Math.abs(v - y[i]!)));
}

/** Stakeholders whose centre no other node covers, so the pixel there is theirs. */
function uncovered(map: MapDocument): Stakeholder[] {
  return map.stakeholders.filter((s) => map.stakeholders.every((o) => o === s || Math.hypot(o.position!.x - s.position!.x, o.position!.y - s.position!.y) > influenceSize(o) / 2 + 4));
}

describe('reading the map by any field', () => {
  it('colours by a custom field with its key, saves the view, and previews, keeps and undoes a layout', async () => {
    const map = mapWithFields();
    const path = await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    await firstFrame(page);
    const sidebar = page.getByRole('navigation', { name: 'Filters and legend' });

    // Colour by the imported "Ward": the key lists each ward with its count, the commonest first.
    await sidebar.getByLabel('Node colour').selectOption({ label: 'Field: Ward' });
    const encoding = colourEncoding(map, 'custom:Ward', null);
    if (encoding.kind !== 'categorical') throw new Error('Ward should colour by value');
    const key = sidebar.getByRole('group', { name: 'Colour key: Field: Ward' });
    await key.waitFor();
    const rows = await key.getByRole('listitem').allTextContents();
    expect(rows.map((r) => r.trim())).toEqual(encoding.legend.map((e) => `${e.label} (${e.count})`));
    expect(rows.at(-1)).toContain(`No value (${SIZE / 10})`);

    // The painter fills each node with its ward's colour.
    const sample = uncovered(map).slice(0, 6);
    expect(sample.length).toBeGreaterThan(3);
    // Zoomed out to fit 1,500 people a node is a few pixels wide, so its centre may blend a little
    // with the white border; the field's colours lie far further apart than that.
    for (const s of sample) await expect.poll(async () => distance(await pixelOf(page, s), encoding.colourOf(s)), { timeout: 5_000 }).toBeLessThan(40);
    await saveScreenshot(page, 'map-look-colour-by-field');

    // Show only Ward 2, size by the numeric Budget, and save it all as a view in the map file.
    await sidebar.getByLabel('Node size').selectOption({ label: 'Field: Budget' });
    const showOnly = sidebar.getByRole('group', { name: 'Show only' });
    await showOnly.getByLabel('Field').selectOption({ label: 'Field: Ward' });
    await showOnly.getByLabel('Value').selectOption({ label: `Ward 2 (${encoding.legend.find((e) => e.value === 'Ward 2')!.count})` });
    await sidebar.getByLabel('Name this view').fill('Ward 2 budgets');
    await sidebar.getByRole('button', { name: 'Save view' }).click();
    await expect.poll(async () => (await readMapFile(path)).views, { timeout: 10_000 }).toEqual([
      { name: 'Ward 2 budgets', colourBy: 'custom:Ward', sizeBy: 'custom:Budget', filter: { field: 'custom:Ward', value: 'Ward 2' }, layout: { name: 'force', spacing: 1, measure: 'degree' } },
    ]);
    await sidebar.getByRole('listitem').filter({ hasText: 'Ward 2 budgets' }).waitFor();
    await saveScreenshot(page, 'map-look-saved-view');

    // A grouped layout is previewed (nothing saved), kept (saved), then undone to the old places.
    await showOnly.getByLabel('Field').selectOption({ label: 'Everyone' });
    const layout = sidebar.getByRole('group', { name: 'Layout' });
    await layout.getByLabel('Kind of layout').selectOption({ label: 'Grouped by category' });
    await layout.getByRole('button', { name: 'Preview layout' }).click();
    await layout.getByRole('status').filter({ hasText: 'Previewing' }).waitFor({ timeout: 20_000 });
    const before = map.stakeholders[0]!.position;
    expect((await readMapFile(path)).stakeholders[0]!.position).toEqual(before);
    await saveScreenshot(page, 'map-look-layout-preview');
    await layout.getByRole('button', { name: 'Keep this layout' }).click();
    await expect.poll(async () => (await readMapFile(path)).stakeholders[0]!.position, { timeout: 10_000 }).not.toEqual(before);
    await layout.getByRole('button', { name: 'Undo layout' }).click();
    await expect.poll(async () => (await readMapFile(path)).stakeholders[0]!.position, { timeout: 10_000 }).toEqual(before);

    // No overlap, kept: every pair in the file is at least a node apart (80 units at normal spacing).
    await layout.getByLabel('Kind of layout').selectOption({ label: 'No overlap (keep places, push apart)' });
    await layout.getByRole('button', { name: 'Preview layout' }).click();
    await layout.getByRole('status').filter({ hasText: 'Previewing' }).waitFor({ timeout: 20_000 });
    await layout.getByRole('button', { name: 'Keep this layout' }).click();
    await layout.getByRole('button', { name: 'Undo layout' }).waitFor({ timeout: 10_000 });
    await expect.poll(async () => closestPair((await readMapFile(path)).stakeholders), { timeout: 10_000 }).toBeGreaterThanOrEqual(80);
    expect(closestPair(map.stakeholders)).toBeLessThan(80);
  });

  it('previews a circle by category on a 300-person map, and Cancel leaves the saved places', async () => {
    const map = positionedMap(300, 2);
    const path = await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const layout = page.getByRole('navigation', { name: 'Filters and legend' }).getByRole('group', { name: 'Layout' });
    await layout.getByLabel('Kind of layout').selectOption({ label: 'Circle by category' });
    await layout.getByRole('button', { name: 'Preview layout' }).click();
    await layout.getByRole('status').filter({ hasText: 'Previewing' }).waitFor({ timeout: 20_000 });
    // The view fits the circle: let that animation settle before the picture.
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'map-look-layout-circle');
    await layout.getByRole('button', { name: 'Cancel' }).click();
    await layout.getByRole('button', { name: 'Preview layout' }).waitFor();
    expect((await readMapFile(path)).stakeholders.map((s) => s.position)).toEqual(map.stakeholders.map((s) => s.position));
  });
});

function closestPair(stakeholders: readonly Stakeholder[]): number {
  const points = stakeholders.map((s) => s.position!);
  let best = Infinity;
  for (let i = 0; i < points.length; i += 1) for (let j = i + 1; j < points.length; j += 1) best = Math.min(best, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return best;
}
