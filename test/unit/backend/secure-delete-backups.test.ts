// A secure delete through the backend, on real temp folders: saveMap with a 'delete' audit and
// `erase` leaves no byte of the person anywhere under the data folder (map, every backup
// generation, temp files, audit.log), plain or encrypted, and logs only a count. A save that fails
// or is refused erases nothing and logs nothing.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../../electron/main/audit';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { unlockPassphraseCodec } from '../../../electron/main/crypto';
import { readMapFile } from '../../../electron/main/store';
import { backupFolderFor } from '../../../electron/main/store/backups';
import { removeStakeholder } from '../../../shared/edits';
import { parseChannelArgs, type SaveAudit, type SaveErase } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { canaryLeaks, canaryMap } from '../crypto/helpers/canary';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

const SURVIVOR = 'survivor';
const PASSPHRASE = 'lantern by the river';
const DELETE: { audit: SaveAudit; erase: SaveErase } = { audit: { action: 'delete', recordCount: 1, fieldNames: [] }, erase: { stakeholderIds: [SURVIVOR] } };

/** Every file under `dir` with its bytes, to prove a refused save changed nothing. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true })) {
    const path = join(dir, entry);
    if ((await stat(path)).isFile()) found.set(path, await readFile(path));
  }
  return found;
}

async function backupFiles(dataDir: string, mapPath: string): Promise<string[]> {
  const folder = backupFolderFor(mapPath, join(dataDir, 'backups'));
  return (await readdir(folder)).filter((name) => name.endsWith('.json')).map((name) => join(folder, name));
}

describe('secure delete reaches the backups', () => {
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
  });

  /** A backend whose clock moves 15 minutes a call, so every save takes a backup generation. */
  async function launch(): Promise<{ dataDir: string; backend: Backend; path: string }> {
    const dataDir = await tempDir();
    let now = Date.parse('2025-04-02T12:00:00.000Z');
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => new Date((now += 15 * 60_000)) });
    open.push(backend);
    const created = await backend.newMap({ name: 'Riverside Safety', template: 'empty' });
    return { dataDir, backend, path: created.file.path };
  }

  /** Saves the survivor's map three times over, so several backup generations hold them. */
  async function saveGenerations(backend: Backend, from = 1): Promise<void> {
    for (const n of [from, from + 1, from + 2]) await backend.saveMap({ map: canaryMap(n) });
  }

  const deleted = (n: number): MapDocument => removeStakeholder(canaryMap(n), SURVIVOR);

  it('leaves no canary in any file under the data folder, and logs a count without names', async () => {
    const { dataDir, backend, path } = await launch();
    await saveGenerations(backend);
    // A temp file a killed writer left beside the map, holding the survivor in plain text.
    await writeFile(join(dirname(path), `.${path.split('/').at(-1)}.4242.a1b2c3.tmp`), JSON.stringify(canaryMap(0)));
    expect((await canaryLeaks(dataDir)).length).toBeGreaterThanOrEqual(3);

    const result = await backend.saveMap({ map: deleted(4), ...DELETE });

    expect(result.warnings).toBeUndefined();
    expect(await canaryLeaks(dataDir)).toEqual([]);
    const generations = await backupFiles(dataDir, path);
    expect(generations.length).toBeGreaterThanOrEqual(4);
    for (const file of generations) expect((await readMapFile(file)).stakeholders.some((s) => s.id === SURVIVOR)).toBe(false);
    expect(await backend.listBackups({ path })).toHaveLength(generations.length);
    const log = await verifyAuditLog(dataDir);
    expect(log.problems).toEqual([]);
    expect(log.entries.map((e) => [e.action, e.recordCount, e.fieldNames])).toEqual([['delete', 1, []]]);
    expect(await readFile(join(dataDir, 'audit.log'), 'utf8')).not.toContain(SURVIVOR);
  });

  it('erases from an encrypted map\'s backups, which stay encrypted; an unreadable one is reported', async () => {
    const { dataDir, backend, path } = await launch();
    await saveGenerations(backend);
    await backend.setPassphrase({ current: null, next: PASSPHRASE });
    await saveGenerations(backend, 4);
    // A generation under some other passphrase cannot be opened, so it cannot be checked.
    const [sample] = await backupFiles(dataDir, path);
    const stranger = join(dirname(sample ?? ''), '2020-01-01T00-00-00-000Z.json');
    await writeFile(stranger, 'not a map any more');

    const result = await backend.saveMap({ map: deleted(7), ...DELETE });

    expect(result.warnings).toEqual([expect.stringMatching(/^1 backup of this map could not be read/)]);
    expect(await canaryLeaks(dataDir)).toEqual([]);
    const generations = (await backupFiles(dataDir, path)).filter((file) => file !== stranger);
    expect(generations.length).toBeGreaterThanOrEqual(7);
    for (const file of generations) {
      const bytes = await readFile(file);
      const codec = await unlockPassphraseCodec(bytes, PASSPHRASE, file);
      if (codec === null) throw new Error(`${file} is not encrypted`);
      const decrypted = new TextDecoder().decode(codec.decode(bytes, file));
      expect(decrypted).toContain('"format": "coalition-map"');
      expect(decrypted).not.toContain(SURVIVOR);
      expect(decrypted).not.toContain('ZZ-CANARY');
    }
    expect(await readFile(stranger, 'utf8')).toBe('not a map any more');
  });

  it('a save that fails on the disk erases nothing and logs nothing', async () => {
    const { dataDir, backend, path } = await launch();
    await saveGenerations(backend);
    const before = await snapshot(join(dataDir, 'backups'));
    // A folder where the map file is: the final rename fails, so the delete never lands.
    await rm(path);
    await mkdir(join(path, 'blocker'), { recursive: true });

    await expect(backend.saveMap({ map: deleted(4), ...DELETE })).rejects.toThrow(/Saving the map failed/);

    const after = await snapshot(join(dataDir, 'backups'));
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes)).toBe(true);
    expect((await canaryLeaks(join(dataDir, 'backups'))).length).toBeGreaterThanOrEqual(3);
    expect((await verifyAuditLog(dataDir)).entries).toEqual([]);
  });

  it('refuses an erase that does not go with a delete of that stakeholder, before writing anything', async () => {
    const { dataDir, backend } = await launch();
    await saveGenerations(backend);
    const before = await snapshot(dataDir);

    await expect(backend.saveMap({ map: canaryMap(4), ...DELETE })).rejects.toThrow(/still on the map, so nothing was saved/);
    await expect(
      backend.saveMap({ map: deleted(4), audit: { action: 'import', recordCount: 1, fieldNames: [] }, erase: DELETE.erase }),
    ).rejects.toThrow(/goes only with a delete/);

    const after = await snapshot(dataDir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, bytes] of before) expect(after.get(file)?.equals(bytes)).toBe(true);
  });
});

describe('saveMap erase argument', () => {
  const map = canaryMap(1);
  const parse = (args: object) => parseChannelArgs('saveMap', { map, ...args }, 1_000);

  it('accepts stakeholder ids with a delete audit', () => {
    expect(parse(DELETE).erase).toEqual({ stakeholderIds: [SURVIVOR] });
    expect(parse({ audit: DELETE.audit }).erase).toBeUndefined();
  });

  it('refuses an erase without a delete audit, an empty or oversized list, and extra keys', () => {
    expect(() => parse({ erase: DELETE.erase })).toThrow(/erase goes only with a delete audit/);
    expect(() => parse({ audit: { action: 'merge', recordCount: 1, fieldNames: [] }, erase: DELETE.erase })).toThrow(/saveMap/);
    expect(() => parse({ audit: DELETE.audit, erase: { stakeholderIds: [] } })).toThrow(/saveMap/);
    const many = Array.from({ length: 1_001 }, (_, i) => `s${i}`);
    expect(() => parse({ audit: DELETE.audit, erase: { stakeholderIds: many } })).toThrow(/saveMap/);
    expect(parse({ audit: DELETE.audit, erase: { stakeholderIds: many.slice(0, 1_000) } }).erase?.stakeholderIds).toHaveLength(1_000);
    expect(() => parse({ audit: DELETE.audit, erase: { stakeholderIds: [SURVIVOR], names: ['Maria'] } })).toThrow(/saveMap/);
    expect(() => parse({ audit: DELETE.audit, erase: { stakeholderIds: [''] } })).toThrow(/saveMap/);
  });
});
