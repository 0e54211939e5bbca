// PRIV-2 with DUR-1: SIGKILL an encrypted writer mid-save, many times. Whatever it left behind
// (the map, half-written temp files, backups) holds no canary, and the map still decrypts.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPassphraseCodec, unlockPassphraseCodec } from '../../../electron/main/crypto';
import { createMapFile, readMapFile } from '../../../electron/main/store';
import { sequenceOf } from '../store/helpers/maps';
import { killWriterMidSave } from '../store/helpers/kill-writer';
import { useTempDirs } from '../store/helpers/temp-dir';
import { canaryLeaks, canaryMap } from './helpers/canary';

const ROUNDS = 12;
const PASS = 'correct horse battery';

describe('an encrypted writer killed mid-save', () => {
  const tempDir = useTempDirs();
  afterEach(() => {
    delete process.env.COALITION_PASSPHRASE;
  });

  it(`leaves no plaintext anywhere (${ROUNDS} rounds of SIGKILL)`, { timeout: 600_000 }, async () => {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'crash.coalition.json');
    const backupDir = join(dir, 'backups');
    await createMapFile(path, canaryMap(0, 300), { codec: await createPassphraseCodec(PASS) });
    // The child inherits the environment: the passphrase never appears in its command line.
    process.env.COALITION_PASSPHRASE = PASS;
    let lastAcked = 0;
    let sawTemp = false;

    for (let round = 0; round < ROUNDS; round += 1) {
      lastAcked = Math.max(lastAcked, await killWriterMidSave('test/unit/crypto/helpers/encrypted-writer-child.ts', [path, backupDir], round));

      if ((await readdir(join(dir, 'maps'))).some((n) => n.endsWith('.tmp'))) sawTemp = true;
      expect(await canaryLeaks(dir)).toEqual([]);
      const codec = await unlockPassphraseCodec(await readFile(path), PASS, path);
      expect(sequenceOf(await readMapFile(path, { codec }))).toBeGreaterThanOrEqual(lastAcked);
    }
    expect(lastAcked).toBeGreaterThanOrEqual(ROUNDS);
    console.info(`encrypted crash test: ${ROUNDS} kills, a temp file was caught mid-write: ${sawTemp}, last ack ${lastAcked}`);
  });
});
