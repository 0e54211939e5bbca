// Journeys a user takes through the main window, driven by roles and labels as a person (or a
// screen reader) finds things, against the real backend and real files in a temp data folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { makeTempDir, saveScreenshot, type TempDir } from './support/files';

let dataDir: TempDir;
let app: LaunchedApp | null = null;

beforeEach(async () => {
  dataDir = await makeTempDir('journeys');
});

afterEach(async () => {
  await app?.close();
  app = null;
  await dataDir.remove();
});

describe('first run', () => {
  it('shows the sample coalition on the map and in the list', async () => {
    app = await launchApp({ dataDir: dataDir.path });
    const { page } = app;
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/\S/);
    const map = page.getByRole('img', { name: /^Map of \d+ stakeholders/ });
    await map.waitFor();
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, 'main-window');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.getByRole('table', { name: 'Stakeholders' }).locator('tbody tr');
    await rows.first().waitFor();
    await saveScreenshot(page, 'list-view');
    expect(await rows.count()).toBeGreaterThanOrEqual(30);
    expect(app.errors).toEqual([]);
  });
});
