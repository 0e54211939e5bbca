// DUR-1: SIGKILL the writer at random moments; the map must always parse, validate and hold at
// least the last save the writer acknowledged, and a killed writer's temp files go at next open.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, openMapStore, readMapFile } from '../../../electron/main/store';
import { numberedMap, sequenceOf } from './helpers/maps';
import { killWriterMidSave } from './helpers/kill-writer';
import { useTempDirs } from './helpers/temp-dir';

const ROUNDS = 50;

describe('a writer killed mid-save', () => {
  const tempDir = useTempDirs();

  it(`never leaves a broken map (${ROUNDS} rounds of SIGKILL)`, { timeout: 600_000 }, async () => {
    const dir = await tempDir();
    const path = join(dir, 'maps', 'crash.coalition.json');
    const backupDir = join(dir, 'backups');
    await createMapFile(path, numberedMap(0, 300));
    let lastAcked = 0;
    let roundsWithLeftovers = 0;

    for (let round = 0; round < ROUNDS; round += 1) {
      lastAcked = Math.max(lastAcked, await killWriterMidSave('test/unit/store/helpers/writer-child.ts', [path, backupDir], round));

      const onDisk = await readMapFile(path);
      expect(sequenceOf(onDisk)).toBeGreaterThanOrEqual(lastAcked);
      const names = await readdir(join(dir, 'maps'));
      if (names.some((n) => n.endsWith('.tmp'))) roundsWithLeftovers += 1;
    }

    expect(lastAcked).toBeGreaterThan(ROUNDS);
    const store = await openMapStore(path, { backupDir });
    expect(sequenceOf(store.map)).toBeGreaterThanOrEqual(lastAcked);
    await store.close();
    const left = await readdir(join(dir, 'maps'));
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(left).toEqual(['crash.coalition.json']);
    console.info(`crash test: ${ROUNDS} kills, ${roundsWithLeftovers} left a temp file mid-write, last ack ${lastAcked}`);
  });
});
