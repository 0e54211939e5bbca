// Erasing deleted stakeholders from a map's backups, on real temp folders: every generation that
// held them is rewritten without them (ties, meetings and committees cleaned, the rest kept), under
// the same name and mode, encrypted again when the map is; unreadable generations are reported
// and left as they were; leftover temp files go.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec, looksEncrypted } from '../../../electron/main/crypto';
import { createMapFile, openMapStore, readMapFile, type ByteCodec } from '../../../electron/main/store';
import { backupFileFor, backupFolderFor, backupIds } from '../../../electron/main/store/backups';
import { toStored } from '../../../electron/main/store/codec';
import { eraseFromBackups, eraseWarnings } from '../../../electron/main/store/erase-from-backups';
import { serializeMap } from '../../../electron/main/store/serialize';
import { removeStakeholder } from '../../../shared/edits';
import type { MapDocument } from '../../../shared/model';
import { committeeSchema, meetingSchema } from '../../../shared/journey/schema';
import { tieSchema } from '../../../shared/schema';
import { canaryLeaks, canaryMap } from '../crypto/helpers/canary';
import { faultyFs } from './helpers/faulty-fs';
import { numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const SURVIVOR = 'survivor';
const STAMP = '2025-01-15T10:00:00.000Z';
const DAMAGED_ID = '2020-01-01T00-00-00-000Z';

/** canaryMap(n) with the survivor in a tie, a meeting and a committee, so the erase must clean those. */
function survivorMap(n: number): MapDocument {
  const base = canaryMap(n);
  return {
    ...base,
    ties: [tieSchema.parse({ id: 't1', source: SURVIVOR, target: 's0', type: 'knows', createdAt: STAMP, updatedAt: STAMP })],
    meetings: [meetingSchema.parse({ id: 'm1', title: 'Kickoff', startsAt: '2025-03-04T18:30', invited: [SURVIVOR, 's1'], attended: [SURVIVOR] })],
    committees: [committeeSchema.parse({ id: 'c1', name: 'Safety', memberIds: ['s0', SURVIVOR] })],
  };
}

function assertSurvivorGone(map: MapDocument): void {
  expect(map.stakeholders.map((s) => s.id)).toEqual(['s0', 's1', 's2']);
  expect(map.ties).toEqual([]);
  expect(map.meetings[0]?.invited).toEqual(['s1']);
  expect(map.meetings[0]?.attended).toEqual([]);
  expect(map.committees[0]?.memberIds).toEqual(['s0']);
}

describe('erasing deleted stakeholders from backups', () => {
  const tempDir = useTempDirs();
  let now = Date.parse('2025-04-02T12:00:00.000Z');
  const clock = (): Date => new Date((now += 5 * 60_000));

  /**
   * A map whose backups are: the map before the survivor was added, then three generations holding
   * them; the map itself is saved with the survivor deleted (as the window's delete leaves it).
   */
  async function mapWithGenerations(codec: ByteCodec | null) {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'riverside.coalition.json');
    const backupDir = join(dir, 'backups');
    await createMapFile(path, numberedMap(0), { codec });
    const store = await openMapStore(path, { backupDir, clock, backupIntervalMinutes: 1, codec });
    for (const n of [1, 2, 3]) await store.save(survivorMap(n));
    await store.save(removeStakeholder(survivorMap(4), SURVIVOR));
    const ids = await backupIds(path, { backupDir });
    expect(ids).toHaveLength(4);
    return { dir, path, backupDir, store, ids, files: ids.map((id) => backupFileFor(path, id, backupDir)) };
  }

  it('rewrites every generation that held them, keeps the rest, reports a damaged one and removes temp files', async () => {
    const { dir, path, backupDir, store, ids, files } = await mapWithGenerations(null);
    const cleanFile = files.at(-1) ?? '';
    const cleanBefore = await readFile(cleanFile);
    const damaged = backupFileFor(path, DAMAGED_ID, backupDir);
    await writeFile(damaged, '{"format": "coalition-map", cut sh');
    // What killed writers leave: a temp beside the map and one in the backup folder, both plain.
    const plainSurvivor = serializeMap(survivorMap(9));
    await writeFile(join(dir, 'maps', '.riverside.coalition.json.4242.a1b2c3.tmp'), plainSurvivor, { mode: 0o600 });
    await writeFile(join(backupFolderFor(path, backupDir), '.2025-04-02T12-40-00-000Z.json.4242.d4e5f6.tmp'), plainSurvivor);
    expect((await canaryLeaks(dir)).length).toBeGreaterThan(0);

    const report = await eraseFromBackups(path, [SURVIVOR], { backupDir });

    expect(report).toEqual({ rewritten: ids.slice(0, 3), unreadable: [DAMAGED_ID], notRewritten: [], tempsRemoved: 2 });
    expect(await canaryLeaks(dir)).toEqual([]);
    for (const [i, file] of files.slice(0, 3).entries()) {
      const map = await readMapFile(file);
      assertSurvivorGone(map);
      // The rest of that generation is kept: it is still the save it was.
      expect(sequenceOf(map)).toBe(3 - i);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    }
    expect((await readFile(cleanFile)).equals(cleanBefore)).toBe(true);
    expect(await readFile(damaged, 'utf8')).toBe('{"format": "coalition-map", cut sh');
    expect(await backupIds(path, { backupDir })).toEqual([...ids, DAMAGED_ID]);
    expect((await readdir(join(dir, 'maps'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(eraseWarnings(report)).toEqual([expect.stringMatching(/^1 backup of this map could not be read/)]);
    await store.close();
  });

  it('keeps an encrypted map\'s backups encrypted; one under another passphrase is reported, not touched', async () => {
    const codec = await createPassphraseCodec('lantern by the river');
    const { dir, path, backupDir, store, ids, files } = await mapWithGenerations(codec);
    const other = await createPassphraseCodec('a different passphrase');
    const foreign = backupFileFor(path, DAMAGED_ID, backupDir);
    const foreignBytes = toStored(serializeMap(survivorMap(7)), other);
    await writeFile(foreign, foreignBytes);
    // A plain generation left from before the map was encrypted: rewritten, and encrypted now.
    const plainId = '2021-06-01T09-00-00-000Z';
    await writeFile(backupFileFor(path, plainId, backupDir), serializeMap(survivorMap(8)));

    const report = await eraseFromBackups(path, [SURVIVOR, 'not-on-any-map'], { backupDir, codec });

    expect(report.rewritten).toEqual([...ids.slice(0, 3), plainId]);
    expect(report.unreadable).toEqual([DAMAGED_ID]);
    for (const file of [...files.slice(0, 3), backupFileFor(path, plainId, backupDir)]) {
      const bytes = await readFile(file);
      expect(looksEncrypted(bytes)).toBe(true);
      const map = await readMapFile(file, { codec });
      assertSurvivorGone(map);
      expect(JSON.stringify(map)).not.toContain(SURVIVOR);
    }
    expect((await readFile(foreign)).equals(Buffer.from(foreignBytes))).toBe(true);
    expect(await canaryLeaks(dir)).toEqual([]);
    await store.close();
  });

  it('reports a generation whose rewrite fails and still erases the others', async () => {
    const { dir, path, backupDir, store, ids, files } = await mapWithGenerations(null);
    const stuck = ids[1] ?? '';
    const fs = faultyFs({ step: 'rename', code: 'ENOSPC', times: Infinity, matches: (p) => p === files[1] });

    const report = await eraseFromBackups(path, [SURVIVOR], { backupDir, fs });

    expect(report.rewritten).toEqual([ids[0], ids[2]]);
    expect(report.notRewritten).toEqual([stuck]);
    expect((await canaryLeaks(dir)).map((leak) => leak.split(':')[0])).toEqual(
      expect.arrayContaining([expect.stringContaining(stuck)]),
    );
    assertSurvivorGone(await readMapFile(files[0] ?? ''));
    const warnings = eraseWarnings(report);
    expect(warnings).toEqual([expect.stringMatching(/^Rewriting 1 backup of this map failed, so it still holds/)]);
    expect(warnings.join(' ')).not.toMatch(/ZZ-CANARY|survivor/);
    await store.close();
  });
});
