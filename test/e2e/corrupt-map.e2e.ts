// A map file damaged on disk (here: cut off half way, as a crash or a full USB stick leaves it)
// must give a clear message, never a blank window; the damaged bytes stay on disk untouched, and
// a good backup is offered and can be restored.
import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { listFiles, makeTempDir, saveScreenshot, type TempDir } from './support/files';

let dataDir: TempDir;
let app: LaunchedApp | null = null;

beforeEach(async () => {
  dataDir = await makeTempDir('corrupt');
});

afterEach(async () => {
  await app?.close();
  app = null;
  await dataDir.remove();
});

async function mapFiles(): Promise<string[]> {
  return (await listFiles(dataDir.path)).filter((f) => f.startsWith('maps/') && f.endsWith('.json'));
}

/** First run: the sample map is written; one edit makes the store keep a backup of it. */
async function firstRunWithOneEdit(): Promise<void> {
  app = await launchApp({ dataDir: dataDir.path });
  const { page } = app;
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Nell Ashcombe');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The table is the list view; the edit shows there only once it is saved to disk.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table', { name: 'Stakeholders' }).getByText('Nell Ashcombe').first().waitFor();
  await app.close();
  app = null;
}

describe('a damaged map file', () => {
  it('is reported in plain words, kept byte for byte, and a backup is offered', async () => {
    await firstRunWithOneEdit();
    const [mapFile, ...others] = await mapFiles();
    expect(others).toEqual([]);
    if (mapFile === undefined) throw new Error(`no map was written under ${dataDir.path}/maps`);
    const mapPath = join(dataDir.path, mapFile);
    const fullSize = (await readFile(mapPath)).length;
    await truncate(mapPath, Math.floor(fullSize / 2));
    const damaged = await readFile(mapPath);

    app = await launchApp({ dataDir: dataDir.path });
    const { page } = app;
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/could not be read|damaged/i);
    const screen = (await page.locator('main').textContent()) ?? '';
    // What failed: the file, by name. What was kept: the original, moved aside unchanged.
    expect(screen).toContain(mapFile.slice('maps/'.length));
    expect(screen).toMatch(/moved aside/i);
    await saveScreenshot(page, 'corrupt-map');

    const setAside = (await listFiles(dataDir.path)).filter((f) => f.includes('.corrupt-'));
    expect(setAside).toHaveLength(1);
    expect((await readFile(join(dataDir.path, setAside[0] ?? ''))).equals(damaged)).toBe(true);
    expect(screen).toContain(setAside[0]?.split('/').pop());

    const restore = page.getByRole('button', { name: 'Restore this backup' });
    expect(await restore.count()).toBeGreaterThan(0);
    await restore.first().click();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    // The damaged bytes are still there after the restore wrote a good map in their old place.
    expect((await readFile(join(dataDir.path, setAside[0] ?? ''))).equals(damaged)).toBe(true);
    expect(app.errors).toEqual([]);
    expect(app.requests).toEqual([]);
  });
});
