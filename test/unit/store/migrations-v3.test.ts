// Format 2 -> 3 (goals as an action plan): a map written by the version 2 app opens, its goal
// lines become planned goals in the same order, its tasks link to no goal, the new lists start
// empty, the original bytes are backed up, and migrating twice changes nothing.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups, MIGRATIONS, openMapStore } from '../../../electron/main/store';
import { upgradeToActionPlan } from '../../../shared/journey/migrate-to-v3';
import { migrateToCurrent } from '../../../shared/migrations';
import { mapDocumentSchema } from '../../../shared/schema';
import { fixturePath } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const V2 = 'historic-v2.coalition.json';

async function v2Doc(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(fixturePath(V2), 'utf8')) as Record<string, unknown>;
}

describe('migration 2 -> 3', () => {
  const tempDir = useTempDirs();

  it('turns each goal line into a planned goal, in order, and validates', async () => {
    const outcome = migrateToCurrent(await v2Doc(), 2);
    if (!outcome.ok) throw new Error(outcome.problem);
    const map = mapDocumentSchema.parse(outcome.doc);
    expect(map.version).toBe(3);
    expect(map.coalition.goals).toEqual([
      { id: 'goal-1', title: 'One shared referral path', status: 'planned', outcome: '', funderIds: [], resources: '' },
      { id: 'goal-2', title: 'Interpretation at every service', status: 'planned', outcome: '', funderIds: [], resources: '' },
    ]);
    expect(map.tasks[0]).toMatchObject({ id: 't1', goalId: null });
    expect(map).toMatchObject({ roles: [], oriented: [], unsafePlaces: [], evaluations: [] });
  });

  it('is idempotent, keeps goals already in the new shape, and never reuses their ids', async () => {
    const step = MIGRATIONS.find((m) => m.from === 2)!;
    const once = step.migrate(await v2Doc());
    expect(step.migrate(once)).toEqual(once);
    const mixed = upgradeToActionPlan({ coalition: { goals: [{ id: 'goal-1', title: 'Kept', status: 'achieved' }, 'New line'] } });
    expect((mixed.coalition as { goals: unknown[] }).goals).toEqual([
      { id: 'goal-1', title: 'Kept', status: 'achieved' },
      { id: 'goal-2', title: 'New line', status: 'planned', outcome: '', funderIds: [], resources: '' },
    ]);
  });

  it('leaves a goal that is neither a line nor a goal for the schema to name', async () => {
    const doc = await v2Doc();
    const bad = { ...doc, coalition: { ...(doc.coalition as object), goals: [42] } };
    const outcome = migrateToCurrent(bad, 2);
    if (!outcome.ok) throw new Error(outcome.problem);
    const parsed = mapDocumentSchema.safeParse(outcome.doc);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['coalition', 'goals', 0]);
  });

  it('rewrites a version 2 file as version 3 once, after a backup of the original', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.coalition.json');
    const original = await readFile(fixturePath(V2), 'utf8');
    await writeFile(path, original);
    const backupDir = join(dir, 'backups');
    const store = await openMapStore(path, { backupDir });
    expect(store.map.coalition.goals.map((g) => g.status)).toEqual(['planned', 'planned']);
    await store.close();
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { version: number };
    expect(onDisk.version).toBe(3);
    const again = await openMapStore(path, { backupDir });
    await again.close();
    expect(await listBackups(path, { backupDir })).toHaveLength(1);
  });
});
