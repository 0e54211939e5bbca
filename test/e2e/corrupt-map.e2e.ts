// A map file damaged on disk (here: cut off half way, as a crash or a full USB stick leaves it)
// must give a clear message, never a blank window; the damaged bytes stay on disk untouched, and
// a good backup is offered and can be restored.
import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchApp } from './harness';
import { appPerTest } from './support/app-per-test';
import { listFiles, saveScreenshot } from './support/files';

const t = appPerTest('corrupt');

async function mapFiles(): Promise<string[]> {
  return (await listFiles(t.dataDir.path)).filter((f) => f.startsWith('maps/') && f.endsWith('.json'));
}

/** First run: the sample map is written; one edit makes the store keep a backup of it. */
async function firstRunWithOneEdit(): Promise<void> {
  t.app = await launchApp({ dataDir: t.dataDir.path });
  const { page } = t.app;
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Add stakeholder' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Nell Ashcombe');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The table is the list view; the edit shows there only once it is saved to disk.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.getByRole('table', { name: 'Stakeholders' }).getByText('Nell Ashcombe').first().waitFor();
  await t.app.close();
  t.app = null;
}

describe('a damaged map file', () => {
  it('is reported in plain words, kept byte for byte, and a backup is offered', async () => {
    await firstRunWithOneEdit();
    const [mapFile, ...others] = await mapFiles();
    expect(others).toEqual([]);
    if (mapFile === undefined) throw new Error(`no map was written under ${t.dataDir.path}/maps`);
    const mapPath = join(t.dataDir.path, mapFile);
    const fullSize = (await readFile(mapPath)).length;
    await truncate(mapPath, Math.floor(fullSize / 2));
    const damaged = await readFile(mapPath);

    t.app = await launchApp({ dataDir: t.dataDir.path });
    const { page } = t.app;
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/could not be read|damaged/i);
    const screen = (await page.locator('main').textContent()) ?? '';
    // What failed: the file, by name. What was kept: the original, moved aside unchanged.
    expect(screen).toContain(mapFile.slice('maps/'.length));
    expect(screen).toMatch(/moved aside/i);
    await saveScreenshot(page, 'corrupt-map');

    const setAside = (await listFiles(t.dataDir.path)).filter((f) => f.includes('.corrupt-'));
    expect(setAside).toHaveLength(1);
    expect((await readFile(join(t.dataDir.path, setAside[0] ?? ''))).equals(damaged)).toBe(true);
    expect(screen).toContain(setAside[0]?.split('/').pop());

    const restore = page.getByRole('button', { name: 'Restore this backup' });
    expect(await restore.count()).toBeGreaterThan(0);
    await restore.first().click();
    await page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
    // The damaged bytes are still there after the restore wrote a good map in their old place.
    expect((await readFile(join(t.dataDir.path, setAside[0] ?? ''))).equals(damaged)).toBe(true);
    expect(t.app.errors).toEqual([]);
    expect(t.app.requests).toEqual([]);
  });
});
