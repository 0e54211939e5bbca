// PRIV-2 on the real disk: with a passphrase set, no canary reaches any file under the data folder
// (maps, temp files, backups, after restore and after a passphrase change); damage and wrong
// passphrases are refused clearly and leave the file byte-identical, where it was.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec, unlockPassphraseCodec, type PassphraseCodec } from '../../../electron/main/crypto';
import {
  createMapFile,
  listBackups,
  openMapStore,
  readMapFile,
  replaceMapFile,
  restoreBackup,
  type ByteCodec,
} from '../../../electron/main/store';
import { mapFileErrorFrom } from '../store/helpers/map-file-error';
import { sequenceOf } from '../store/helpers/maps';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryLeaks, canaryMap } from './helpers/canary';

const PASS = 'correct horse battery';

describe('an encrypted map on disk', () => {
  const tempDir = useTempDirs();

  async function setup(codec: ByteCodec | null): Promise<{ dir: string; path: string; backupDir: string }> {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'coalition.coalition.json');
    await createMapFile(path, canaryMap(0), { codec });
    return { dir, path, backupDir: join(dir, 'backups') };
  }

  const refusal = (run: () => Promise<unknown>) => mapFileErrorFrom(run);

  it('the canary scan does find canaries in a plain map (the test can fail)', async () => {
    const { dir } = await setup(null);
    expect(await canaryLeaks(dir)).toContain('maps/coalition.coalition.json: ZZ-CANARY-NAME (utf8)');
  });

  it('keeps every canary out of maps, temp files and backups across saves, restore and replace', async () => {
    const codec = await createPassphraseCodec(PASS);
    const { dir, path, backupDir } = await setup(codec);
    let minute = 0;
    const clock = () => new Date(Date.UTC(2025, 0, 1, 0, minute++));
    const store = await openMapStore(path, { backupDir, codec, clock, backupIntervalMinutes: 0 });
    for (let n = 1; n <= 5; n += 1) await store.save(canaryMap(n));
    await store.close();
    const backups = await listBackups(path, { backupDir, codec });
    expect(backups).toHaveLength(5);
    await restoreBackup(path, backups[2]?.id ?? '', { backupDir, codec, clock });
    await replaceMapFile(path, canaryMap(9), { backupDir, codec, clock });
    expect(sequenceOf(await readMapFile(path, { codec }))).toBe(9);
    expect(await canaryLeaks(dir)).toEqual([]);
  });

  it('refuses a map without its passphrase, or with a wrong one, and leaves it where it was', async () => {
    const { dir, path, backupDir } = await setup(await createPassphraseCodec(PASS));
    const before = await readFile(path);
    const withoutKey = await refusal(() => openMapStore(path, { backupDir }));
    expect(withoutKey.reason).toBe('encrypted');
    expect(withoutKey.message).toMatch(/encrypted; enter its passphrase/);
    const wrong = await refusal(() => unlockPassphraseCodec(before, 'horse battery staple', path));
    expect(wrong.message).toMatch(/the passphrase is wrong or the file was changed/);
    const otherKey = await refusal(async () => openMapStore(path, { backupDir, codec: await createPassphraseCodec('another passphrase') }));
    expect(otherKey.reason).toBe('wrong-passphrase');
    expect(otherKey.movedTo).toBeNull();
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(join(dir, 'maps'))).toEqual(['coalition.coalition.json']);
  });

  it('detects a flipped ciphertext byte and leaves the file byte-identical, in place', async () => {
    const codec = await createPassphraseCodec(PASS);
    const { dir, path, backupDir } = await setup(codec);
    const envelope = JSON.parse(await readFile(path, 'utf8')) as { ciphertext: string };
    const bytes = Buffer.from(envelope.ciphertext, 'base64');
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x01;
    await writeFile(path, JSON.stringify({ ...envelope, ciphertext: bytes.toString('base64') }));
    const tampered = await readFile(path);
    const error = await refusal(() => openMapStore(path, { backupDir, codec }));
    expect(error.reason).toBe('wrong-passphrase');
    expect((await readFile(path)).equals(tampered)).toBe(true);
    expect(await readdir(join(dir, 'maps'))).toEqual(['coalition.coalition.json']);
  });

  it('moves a cut-short encrypted file aside unchanged (a truly damaged envelope)', async () => {
    const codec = await createPassphraseCodec(PASS);
    const { path, backupDir } = await setup(codec);
    const cut = (await readFile(path)).subarray(0, 200);
    await writeFile(path, cut);
    const error = await refusal(() => openMapStore(path, { backupDir, codec }));
    expect(error.reason).toBe('unreadable');
    expect(error.movedTo).not.toBeNull();
    expect((await readFile(error.movedTo ?? '')).equals(cut)).toBe(true);
  });

  it('uses 1,000 distinct nonces over 1,000 saves', { timeout: 120_000 }, async () => {
    const codec = await createPassphraseCodec(PASS);
    const { path, backupDir } = await setup(codec);
    const store = await openMapStore(path, { backupDir, codec });
    const nonces = new Set<string>();
    for (let n = 1; n <= 1000; n += 1) {
      await store.save(canaryMap(n, 1));
      nonces.add((JSON.parse(await readFile(path, 'utf8')) as { nonce: string }).nonce);
    }
    await store.close();
    expect(nonces.size).toBe(1000);
  });

  describe('changing the passphrase', () => {
    async function withGenerations(codec: PassphraseCodec) {
      const paths = await setup(codec);
      let minute = 0;
      const clock = () => new Date(Date.UTC(2025, 0, 1, 0, minute++));
      const store = await openMapStore(paths.path, { backupDir: paths.backupDir, codec, clock, backupIntervalMinutes: 0 });
      for (let n = 1; n <= 4; n += 1) await store.save(canaryMap(n));
      return { ...paths, store };
    }

    it('re-encrypts the map and every backup it reports, so only the new passphrase opens them', async () => {
      const oldCodec = await createPassphraseCodec(PASS);
      const { dir, path, backupDir, store } = await withGenerations(oldCodec);
      const newCodec = await createPassphraseCodec('a brand new passphrase');
      const report = await store.changeCodec(newCodec);
      await store.save(canaryMap(5));
      await store.close();
      expect(report.rewritten).toHaveLength(4);
      expect(report.leftAsTheyWere).toEqual([]);
      const fresh = await createPassphraseCodec(PASS);
      expect((await listBackups(path, { backupDir, codec: fresh })).length).toBe(0);
      await expect(readMapFile(path, { codec: fresh })).rejects.toMatchObject({ reason: 'wrong-passphrase' });
      const reopened = await unlockPassphraseCodec(await readFile(path), 'a brand new passphrase', path);
      expect((await listBackups(path, { backupDir, codec: reopened })).map((b) => b.id)).toEqual(
        expect.arrayContaining(report.rewritten as string[]),
      );
      expect(sequenceOf(await readMapFile(path, { codec: reopened }))).toBe(5);
      expect(await canaryLeaks(dir)).toEqual([]);
    });

    it('turns encryption on for a plain map and all its backups', async () => {
      const { dir, path, backupDir } = await setup(null);
      let minute = 0;
      const clock = () => new Date(Date.UTC(2025, 0, 1, 0, minute++));
      const store = await openMapStore(path, { backupDir, clock, backupIntervalMinutes: 0 });
      for (let n = 1; n <= 3; n += 1) await store.save(canaryMap(n));
      expect((await canaryLeaks(dir)).length).toBeGreaterThan(0);
      const report = await store.changeCodec(await createPassphraseCodec(PASS));
      await store.close();
      expect(report.rewritten).toHaveLength(3);
      expect(await canaryLeaks(dir)).toEqual([]);
    });

    it('lists a backup neither passphrase opens instead of claiming it', async () => {
      const oldCodec = await createPassphraseCodec(PASS);
      const { backupDir, path, store } = await withGenerations(oldCodec);
      const [victim] = await listBackups(path, { backupDir, codec: oldCodec });
      const folder = join(backupDir, (await readdir(backupDir))[0] ?? '');
      const file = join(folder, `${victim?.id ?? ''}.json`);
      await writeFile(file, (await createPassphraseCodec('somebody else entirely')).encode(Buffer.from('{}')));
      const before = await readFile(file);
      const report = await store.changeCodec(await createPassphraseCodec('a brand new passphrase'));
      await store.close();
      expect(report.leftAsTheyWere).toEqual([victim?.id]);
      expect(report.rewritten).toHaveLength(3);
      expect((await readFile(file)).equals(before)).toBe(true);
    });
  });
});
