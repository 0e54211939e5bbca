// Shift+click on the map adds stakeholders to the bulk choice (here on the canvas that draws big
// maps); the bulk bar above the map then changes them all in one step.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { MapDocument, Stakeholder } from '../../shared/model';
import { influenceSize } from '../../renderer/src/graph/node-look';
import { dataDirWithMap, positionedMap } from '../bench/ui-fixture';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';

const t = appPerTest('bulk-map');
const SIZE = 2_000;

async function onScreen(canvas: Locator, s: Stakeholder): Promise<{ x: number; y: number }> {
  const box = await canvas.boundingBox();
  const view = await canvas.evaluate((el) => {
    const { zoom, panX, panY } = (el as HTMLCanvasElement).dataset;
    return { zoom: Number(zoom ?? 0), panX: Number(panX ?? 0), panY: Number(panY ?? 0) };
  });
  if (!box || !s.position) throw new Error(`${s.name} cannot be found on the screen`);
  return { x: box.x + s.position.x * view.zoom + view.panX, y: box.y + s.position.y * view.zoom + view.panY };
}

function uncovered(map: MapDocument): Stakeholder[] {
  const { stakeholders } = map;
  return stakeholders.filter((s) => stakeholders.every((o) => o === s || Math.hypot(o.position!.x - s.position!.x, o.position!.y - s.position!.y) > influenceSize(o) / 2 + 4));
}

describe('bulk choice on the map', () => {
  it('Shift+click chooses stakeholders without opening them; the bar sets their stage', async () => {
    const map = positionedMap(SIZE, 5);
    await dataDirWithMap(t.dataDir.path, map);
    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const canvas = page.getByRole('application', { name: new RegExp(`^Map of ${SIZE} stakeholders`) });
    await expect.poll(() => canvas.evaluate((el) => Number((el as HTMLCanvasElement).dataset['zoom'] ?? 0))).toBeGreaterThan(0);
    const [a, b] = uncovered(map);
    if (!a || !b) throw new Error('no two uncovered stakeholders to click');
    for (const [n, s] of [a, b].entries()) {
      const p = await onScreen(canvas, s);
      await page.keyboard.down('Shift');
      await page.mouse.click(p.x, p.y);
      await page.keyboard.up('Shift');
      await page.getByLabel('Map', { exact: true }).getByText(`${n + 1} stakeholder${n === 0 ? '' : 's'} chosen`).waitFor();
    }
    const bar = page.getByRole('group', { name: /^Change the 2 chosen stakeholders/ });
    await bar.waitFor();
    // Shift+click chose them; it did not open either in the panel.
    expect(await page.getByRole('form', { name: `Details of ${a.name}` }).count()).toBe(0);
    await bar.getByLabel('Stage').selectOption('declined');
    await bar.getByRole('button', { name: 'Set stage' }).click();
    await page.getByRole('alert').getByText(/^Set the stage of \d stakeholders? to Declined/).waitFor();
  });
});
