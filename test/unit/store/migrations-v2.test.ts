// Format 1 -> 2 (the coalition's journey): every historic version 1 fixture opens, gains the
// empty journey lists, validates (after 2 -> 3 too), and comes out the same when migrated twice;
// a version newer than the app's is refused.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, MapFileError, MIGRATIONS, openMapStore, readMapFile } from '../../../electron/main/store';
import { migrateToCurrent } from '../../../shared/migrations';
import { decodeJsonBytes } from '../../../electron/main/store/safe-json';
import { MAP_VERSION, mapDocumentSchema } from '../../../shared/schema';
import { fixturePath } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const JOURNEY = { steps: [], meetings: [], tasks: [], committees: [], snapshots: [] };

async function parsedFixture(name: string): Promise<Record<string, unknown> | null> {
  const decoded = decodeJsonBytes(await readFile(fixturePath(name)));
  return decoded.ok ? (decoded.value as Record<string, unknown>) : null;
}

/** Version 1 fixtures that are valid maps in their own right (the broken ones test other refusals). */
async function historicFixtures(): Promise<string[]> {
  const names = readdirSync(fixturePath('.')).filter((n) => n.endsWith('.coalition.json'));
  const historic: string[] = [];
  for (const name of names) {
    const doc = await parsedFixture(name);
    if (doc?.version !== 1) continue;
    const upgraded = migrateToCurrent(doc, 1);
    if (upgraded.ok && mapDocumentSchema.safeParse(upgraded.doc).success) historic.push(name);
  }
  return historic;
}

describe('migration 1 -> 2', () => {
  const tempDir = useTempDirs();

  it('finds the historic fixtures it must keep reading', async () => {
    expect(await historicFixtures()).toEqual(expect.arrayContaining(['historic-v1.coalition.json', 'with-bom.coalition.json']));
  });

  it('adds the empty journey lists to each historic fixture, which then validates', async () => {
    for (const name of await historicFixtures()) {
      const doc = (await parsedFixture(name))!;
      expect(doc).not.toHaveProperty('meetings');
      const outcome = migrateToCurrent(doc, 1);
      if (!outcome.ok) throw new Error(outcome.problem);
      expect(outcome.migratedFrom).toBe(1);
      expect(outcome.doc).toMatchObject({ version: MAP_VERSION, ...JOURNEY });
      const map = mapDocumentSchema.parse(outcome.doc);
      expect(map.stakeholders.length).toBeGreaterThan(0);
      const read = await readMapFile(fixturePath(name));
      expect(read).toEqual(map);
    }
  });

  it('is idempotent: running the step on its own output changes nothing', async () => {
    const step = MIGRATIONS.find((m) => m.from === 1)!;
    const doc = (await parsedFixture('historic-v1.coalition.json'))!;
    const once = step.migrate(doc);
    expect(step.migrate(once)).toEqual(once);
    const withMeeting = { ...doc, meetings: [{ id: 'm1' }] };
    expect(step.migrate(withMeeting).meetings).toEqual([{ id: 'm1' }]);
  });

  it('rewrites a version 1 file in the current version once, after a backup of the original', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.coalition.json');
    const original = await readFile(fixturePath('historic-v1.coalition.json'), 'utf8');
    await writeFile(path, original);
    const backupDir = join(dir, 'backups');
    const store = await openMapStore(path, { backupDir });
    expect(store.map.meetings).toEqual([]);
    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    expect(onDisk).toMatchObject({ version: MAP_VERSION, ...JOURNEY });
    const again = await openMapStore(path, { backupDir });
    await again.close();
    expect(await listBackups(path, { backupDir })).toHaveLength(1);
  });

  it('refuses a file from a newer version as written by a newer app, and leaves it untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'future.coalition.json');
    const doc = { ...(await parsedFixture('small-valid.coalition.json'))!, version: MAP_VERSION + 1 };
    const text = JSON.stringify(doc);
    await writeFile(path, text);
    const error = await readMapFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MapFileError);
    expect((error as MapFileError).reason).toBe('newer-version');
    expect((error as MapFileError).message).toMatch(new RegExp(`format ${MAP_VERSION + 1}; this app reads up to ${MAP_VERSION}`));
    expect(await readFile(path, 'utf8')).toBe(text);
  });
});
