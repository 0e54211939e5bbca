// Saves in parts (stageMapPatch, then saveMapPatch with the stage's id) against the real backend and
// files: nothing is written before the last part, the result is the map the parts describe and is
// audited once; a stage replaced by another, or one whose result is not a valid map, writes and
// logs nothing; a stage may not grow past what a map may hold.
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import { createBackend, type Backend } from '../../../electron/main/backend';
import type { MapPatch } from '../../../shared/map-patch';
import type { Stakeholder } from '../../../shared/model';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const STAMP = '2025-01-15T10:00:00.000Z';
const person = (id: string): Stakeholder => ({ id, name: `Person ${id}`, kind: 'person', categories: [], createdAt: STAMP, updatedAt: STAMP }) as unknown as Stakeholder;
const adding = (people: Stakeholder[]): MapPatch => ({ stakeholders: { upsert: people, remove: [] }, ties: { upsert: [], remove: [] }, sections: {} });

describe('saves in parts', () => {
  const tempDir = useTempDirs();
  let backend: Backend | null = null;
  afterEach(async () => {
    await backend?.close();
  });

  async function opened() {
    const dataDir = await tempDir();
    backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs() });
    const created = await backend.newMap({ name: 'Parts', template: 'empty' });
    return { dataDir, b: backend, path: created.file.path, revision: created.revision! };
  }

  it('writes nothing until the last part, then the whole result, audited once', async () => {
    const { dataDir, b, path, revision } = await opened();
    const before = await readFile(path);
    const { revision: base } = await b.stageMapPatch({ stageId: 'one', baseRevision: revision, patch: adding([person('a'), person('b')]) });
    await b.stageMapPatch({ stageId: 'one', baseRevision: base, patch: adding([person('c')]) });
    expect(await readFile(path)).toEqual(before);
    await b.saveMapPatch({ baseRevision: base, stageId: 'one', patch: adding([person('d')]), audit: { action: 'import', recordCount: 4, fieldNames: ['name'] } });
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as { stakeholders: { id: string }[] };
    expect(onDisk.stakeholders.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect((await verifyAuditLog(dataDir)).entries.map((e) => [e.action, e.recordCount])).toEqual([['import', 4]]);
  });

  it('drops a stage another one replaced, and one whose result is not a valid map: nothing written or logged', async () => {
    const { dataDir, b, path, revision } = await opened();
    const before = await readFile(path);
    await b.stageMapPatch({ stageId: 'old', baseRevision: revision, patch: adding([person('a')]) });
    await b.stageMapPatch({ stageId: 'new', baseRevision: revision, patch: adding([person('b')]) });
    await expect(b.saveMapPatch({ baseRevision: revision, stageId: 'old', patch: adding([]), audit: { action: 'import', recordCount: 1, fieldNames: [] } })).rejects.toThrow(/stale/);

    await b.stageMapPatch({ stageId: 'bad', baseRevision: revision, patch: adding([person('a')]) });
    const dangling: MapPatch = { ...adding([]), ties: { upsert: [{ id: 't1', source: 'a', target: 'nobody', type: 'knows', createdAt: STAMP, updatedAt: STAMP } as never], remove: [] } };
    await expect(b.saveMapPatch({ baseRevision: revision, stageId: 'bad', patch: dangling, audit: { action: 'import', recordCount: 1, fieldNames: [] } })).rejects.toThrow(/unknown stakeholder/);
    expect(await readFile(path)).toEqual(before);
    expect((await verifyAuditLog(dataDir)).entries).toEqual([]);
  });

  it('refuses a stage that grows past 200,000 people', async () => {
    const { b, path, revision } = await opened();
    const before = await readFile(path);
    const crowd = Array.from({ length: 200_001 }, (_, i) => person(`p${i}`));
    await expect(b.stageMapPatch({ stageId: 'big', baseRevision: revision, patch: adding(crowd) })).rejects.toThrow(/more people or ties than a map may/);
    await expect(b.saveMapPatch({ baseRevision: revision, stageId: 'big', patch: adding([]) })).rejects.toThrow(/stale/);
    expect(await readFile(path)).toEqual(before);
  });
});
