// DUR-6: the migration hook runs before validation, and the original bytes are backed up first.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, MIGRATIONS, openMapStore, readMapFile, type Migration } from '../../../electron/main/store';
import { migrateToCurrent } from '../../../shared/migrations';
import { numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

// A pretend "version 0" that called the focus issue `topic`, to exercise the hook end to end.
const fromZero: Migration = {
  from: 0,
  to: 1,
  migrate: ({ coalition, ...rest }) => {
    const { topic, ...others } = coalition as Record<string, unknown>;
    return { ...rest, coalition: { ...others, focusIssue: topic } };
  },
};

function versionZeroText(): string {
  const map = numberedMap(3);
  const { focusIssue, ...coalition } = map.coalition;
  return JSON.stringify({ ...map, version: 0, coalition: { ...coalition, topic: focusIssue } });
}

describe('migrations', () => {
  const tempDir = useTempDirs();

  it('leads from every older version to the current one without gaps', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(migrateToCurrent({ version: 3 }, 3)).toEqual({ ok: true, doc: { version: 3 }, migratedFrom: null });
  });

  it('refuses a version no step leads from', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.coalition.json');
    await writeFile(path, versionZeroText());
    await expect(readMapFile(path)).rejects.toThrow(/no migration from format version 0/);
  });

  it('migrates through every step, backs up the original bytes first, and is idempotent', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.coalition.json');
    const backupDir = join(dir, 'backups');
    const original = versionZeroText();
    await writeFile(path, original);
    const migrations = [fromZero, ...MIGRATIONS];
    const store = await openMapStore(path, { backupDir, migrations });
    expect(sequenceOf(store.map)).toBe(3);
    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { version: number };
    expect(onDisk.version).toBe(3);
    const [backup] = await listBackups(path, { backupDir, migrations });
    expect(backup?.stakeholders).toBe(3);
    const again = await openMapStore(path, { backupDir, migrations });
    expect(sequenceOf(again.map)).toBe(3);
    await again.close();
    expect(await listBackups(path, { backupDir, migrations })).toHaveLength(1);
  });
});
