// A map file holding exactly the bytes the store last wrote is only parsed when it opens again
// (checked-record.ts); any other file is checked whole, as before.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec } from '../../../electron/main/crypto';
import { createMapFile, openMapStore, type ByteCodec } from '../../../electron/main/store';
import { CHECK_EDITION, checkedRecordsDir, noteChecked, wasChecked } from '../../../electron/main/store/checked-record';
import { nodeFs } from '../../../electron/main/store/fs-port';
import { serializeMap } from '../../../electron/main/store/serialize';
import { mapFileErrorFrom } from './helpers/map-file-error';
import { numberedMap, sequenceOf } from './helpers/maps';
import { useTempDirs } from './helpers/temp-dir';

const isPosix = process.platform !== 'win32';

describe('the record of a map file the store wrote', () => {
  const tempDir = useTempDirs();

  async function setup(codec: ByteCodec | null = null) {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'coalition.coalition.json');
    await createMapFile(path, numberedMap(0), { codec });
    const options = { backupDir: join(dir, 'backups'), checkedDir: checkedRecordsDir(dir), codec };
    return { dir, path, options };
  }

  /** A map the whole check refuses (a duplicate id) that still parses as JSON. */
  function duplicateIdText(): string {
    const map = numberedMap(3);
    return serializeMap({ ...map, stakeholders: [...map.stakeholders, map.stakeholders[0]!] });
  }

  it('opens a saved map to the very map it saved, also when encrypted', async () => {
    for (const codec of [null, await createPassphraseCodec('harbour kettle violet')]) {
      const { path, options } = await setup(codec);
      const first = await openMapStore(path, options);
      await first.save(numberedMap(4, 5));
      const saved = first.map;
      await first.close();
      const again = await openMapStore(path, options);
      expect(again.map).toStrictEqual(saved);
      expect(sequenceOf(again.map)).toBe(4);
      await again.close();
      const whole = await openMapStore(path, { ...options, checkedDir: undefined });
      expect(whole.map).toStrictEqual(saved);
      await whole.close();
    }
  });

  it('still asks for the passphrase when a recorded encrypted map is opened without it, and leaves the file as it was', async () => {
    const codec = await createPassphraseCodec('harbour kettle violet');
    const { path, options } = await setup(codec);
    const first = await openMapStore(path, options);
    await first.save(numberedMap(4, 5));
    await first.close();
    const stored = await readFile(path);
    const error = await mapFileErrorFrom(() => openMapStore(path, { ...options, codec: null }), 'an encrypted map opened without its key');
    expect(error.reason).toBe('encrypted');
    expect(await readFile(path)).toStrictEqual(stored);
  });

  it('skips the whole check only for the recorded bytes (positive control: a record made by hand for a bad file)', async () => {
    const { dir, path, options } = await setup();
    await writeFile(path, duplicateIdText());
    await noteChecked(checkedRecordsDir(dir), path, await readFile(path), nodeFs);
    const store = await openMapStore(path, options);
    expect(store.map.stakeholders).toHaveLength(4);
    await store.close();
  });

  it('checks a file changed after the save whole, and moves it aside when it is bad', async () => {
    const { path, options } = await setup();
    const store = await openMapStore(path, options);
    await store.save(numberedMap(1));
    await store.close();
    await writeFile(path, duplicateIdText());
    const refused = await mapFileErrorFrom(() => openMapStore(path, options));
    expect(refused.reason).toBe('invalid');
    expect(refused.message).toMatch(/duplicate stakeholder id "s0"/);
  });

  it('checks the file whole when its record is from another check or torn', async () => {
    const { dir, path, options } = await setup();
    await writeFile(path, duplicateIdText());
    const records = checkedRecordsDir(dir);
    await noteChecked(records, path, await readFile(path), nodeFs);
    const [name] = await readdir(records);
    const record = join(records, name!);
    const good = await readFile(record, 'utf8');
    for (const bad of [good.replace(CHECK_EDITION, 'map 3, check 0'), good.slice(0, -9)]) {
      await writeFile(record, bad);
      expect((await mapFileErrorFrom(() => openMapStore(path, options))).reason).toBe('invalid');
      await writeFile(path, duplicateIdText()); // moved aside by the refusal: put back for the next round
    }
  });

  it('keeps records private and nameless: one file per map named by a digest, holding no map content', async () => {
    const { dir, path, options } = await setup();
    const store = await openMapStore(path, options);
    await store.save(numberedMap(2));
    await store.close();
    const records = checkedRecordsDir(dir);
    const names = await readdir(records);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(Object.keys(JSON.parse(await readFile(join(records, names[0]!), 'utf8')) as object).sort()).toEqual(['check', 'sha256', 'size']);
    if (isPosix) {
      expect((await stat(records)).mode & 0o777).toBe(0o700);
      expect((await stat(join(records, names[0]!))).mode & 0o777).toBe(0o600);
    }
  });

  it('records a new map file the app created, and no other bytes', async () => {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'new.coalition.json');
    const records = checkedRecordsDir(dir);
    await createMapFile(path, numberedMap(9), { checkedDir: records });
    expect(await wasChecked(records, path, await readFile(path), nodeFs)).toBe(true);
    expect(await wasChecked(records, path, Buffer.from(`${(await readFile(path, 'utf8')).trimEnd()} `), nodeFs)).toBe(false);
  });

  it('saves even when the record cannot be written, and the next open checks the file whole', async () => {
    const { dir, path, options } = await setup();
    await writeFile(checkedRecordsDir(dir), 'not a folder');
    const store = await openMapStore(path, options);
    await store.save(numberedMap(6));
    await store.close();
    const again = await openMapStore(path, options);
    expect(sequenceOf(again.map)).toBe(6);
    await again.close();
  });
});
