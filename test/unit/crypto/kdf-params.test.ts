// Key derivation: new maps use scrypt N = 2^17 (OWASP's minimum), written into the envelope; a map
// written by an earlier version under N = 2^15 (a fixture made then) still opens, and its next
// save moves it to today's parameters while its old backups keep opening. Weak passphrases are
// refused by an estimate of how guessable they are, not only by length.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPassphraseCodec, unlockPassphraseCodec } from '../../../electron/main/crypto';
import { DEFAULT_COST, deriveKey, freshScryptParams, scryptParamsProblem } from '../../../electron/main/crypto/kdf';
import { newPassphraseProblem } from '../../../electron/main/crypto/new-passphrase';
import { openMapStore } from '../../../electron/main/store';
import { backupIds, readBackup } from '../../../electron/main/store/backups';
import { passphraseStrength } from '../../../shared/security/passphrase-strength';
import { fixturePath } from '../store/helpers/maps';
import { useTempDirs } from '../store/helpers/temp-dir';

const FIXTURE_PASSPHRASE = 'lantern by the river';

const kdfOf = (bytes: Buffer): { N: number; r: number; p: number; salt: string } =>
  (JSON.parse(bytes.toString('utf8')) as { kdf: { N: number; r: number; p: number; salt: string } }).kdf;

describe('scrypt parameters', () => {
  const tempDir = useTempDirs();

  it('writes new maps under N = 2^17, r = 8, which Node runs within the maxmem it is given', async () => {
    expect(DEFAULT_COST.N).toBeGreaterThanOrEqual(2 ** 17);
    const codec = await createPassphraseCodec('harbour kettle violet');
    const stored = Buffer.from(codec.encode(new TextEncoder().encode('{}')));
    expect(kdfOf(stored)).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(scryptParamsProblem(freshScryptParams())).toBeNull();
    await expect(deriveKey(Buffer.from('x'), freshScryptParams())).resolves.toHaveLength(32);
  });

  it('opens a map written under N = 2^15, then saves it under today\'s parameters; the old backup still opens', async () => {
    const dir = await tempDir();
    const path = join(dir, 'old.coalition.json');
    await copyFile(fixturePath('encrypted-scrypt-n15.coalition.json'), path);
    const before = await readFile(path);
    expect(kdfOf(before).N).toBe(2 ** 15);

    const codec = await unlockPassphraseCodec(before, FIXTURE_PASSPHRASE, path);
    if (codec === null) throw new Error('the fixture is not encrypted');
    const backupDir = join(dir, 'backups');
    const store = await openMapStore(path, { backupDir, codec, backupIntervalMinutes: 0 });
    expect(store.map.stakeholders.length).toBeGreaterThan(0);
    await store.save({ ...store.map, coalition: { ...store.map.coalition, focusIssue: 'after the upgrade' } });
    await store.close();

    const after = kdfOf(await readFile(path));
    expect(after).toMatchObject({ N: 2 ** 17, r: 8, p: 1 });
    expect(after.salt).not.toBe(kdfOf(before).salt);
    const [backup] = await backupIds(path, { backupDir });
    if (backup === undefined) throw new Error('no backup was taken');
    expect((await readBackup(path, backup, { backupDir, codec })).map.coalition.focusIssue).not.toBe('after the upgrade');
    const reopened = await unlockPassphraseCodec(await readFile(path), FIXTURE_PASSPHRASE, path);
    expect(reopened).not.toBeNull();
  });
});

describe('passphrase strength', () => {
  it.each(['password123', 'qwertyuiop', 'aaaaaaaaaaaa', 'iloveyou2024', 'Password1!'])('refuses %j, which is long enough but easy to guess', (weak) => {
    expect(passphraseStrength(weak).enough).toBe(false);
    expect(newPassphraseProblem(weak)).toMatch(/too easy to guess/);
  });

  it('accepts unrelated words, and counts a short one as very weak', () => {
    expect(passphraseStrength('harbour kettle violet')).toMatchObject({ enough: true, advice: '' });
    expect(newPassphraseProblem('harbour kettle violet')).toBeNull();
    expect(passphraseStrength('k3!x')).toMatchObject({ score: 0, enough: false, label: 'Very weak' });
  });

  it('counts the words an attacker would try first', () => {
    expect(passphraseStrength('Riverside Survivors 2025', ['Riverside Survivors']).enough).toBe(false);
  });
});
