// Many real processes racing for one map: never two holders at once, no acknowledged save lost,
// whatever lock file was there before (none, a dead owner's, a reused pid's, an empty one).
import { spawn, spawnSync } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMapFile, lockPathFor, readMapFile } from '../../../electron/main/store';
import { processStartTime } from '../../../electron/main/store/lock-owner';
import { numberedMap, sequenceOf } from './helpers/maps';
import { outcomeOf, spawnTs } from './helpers/spawn-ts';
import { useTempDirs } from './helpers/temp-dir';

const CHILD = 'test/unit/store/helpers/lock-race-child.ts';
const ROUNDS = 4;

type Before = (lockPath: string) => Promise<void>;

function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('no pid');
  return pid;
}

const record = (pid: number, start: string | null): string => `${JSON.stringify({ pid, start, host: hostname(), nonce: 'f00d' })}\n`;

/** Checks the shared log: every "enter" followed by the same process's "exit" before anyone else's "enter". */
function overlaps(log: string): number {
  let holder: string | null = null;
  let found = 0;
  for (const line of log.trim().split('\n')) {
    const [what, pid] = line.split(' ');
    if (what === 'enter') {
      if (holder !== null) found += 1;
      holder = pid ?? null;
    } else if (holder === pid) holder = null;
  }
  return found;
}

describe('the map lock under a race of processes', () => {
  const tempDir = useTempDirs();

  async function race(children: number, before: Before): Promise<void> {
    const dir = await tempDir();
    const path = join(dir, 'race.coalition.json');
    const log = join(dir, 'holders.log');
    await createMapFile(path, numberedMap(0));
    await writeFile(log, '');
    await before(lockPathFor(path));
    const outcomes = await Promise.all(
      Array.from({ length: children }, () => outcomeOf(spawnTs(CHILD, [path, join(dir, 'backups'), log, String(ROUNDS)]))),
    );
    for (const o of outcomes) expect(o.stdout, o.stderr).toMatch(/done\n$/);
    const acks = outcomes.flatMap((o) => [...o.stdout.matchAll(/ack (\d+)/g)].map((m) => Number(m[1])));
    expect(acks).toHaveLength(children * ROUNDS * 2);
    // Each save wrote what it read plus one: any save made without the lock would lose another.
    expect(sequenceOf(await readMapFile(path))).toBe(acks.length);
    expect(new Set(acks).size).toBe(acks.length);
    expect(overlaps(await readFile(log, 'utf8'))).toBe(0);
  }

  it('with no lock file: 8 processes, one holder at a time, every acknowledged save kept', { timeout: 180_000 }, async () => {
    await race(8, async () => undefined);
  });

  it('with a stale lock of a dead process', { timeout: 180_000 }, async () => {
    await race(6, async (lock) => writeFile(lock, record(deadPid(), '1')));
  });

  it('with a lock naming a live pid that a later process reused (another start time)', { timeout: 180_000 }, async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    try {
      const pid = sleeper.pid as number;
      const real = processStartTime(pid);
      expect(real).not.toBeNull();
      await race(6, async (lock) => writeFile(lock, record(pid, String(Number(real) - 1000))));
    } finally {
      sleeper.kill();
    }
  });

  it('with an empty lock file left long ago', { timeout: 180_000 }, async () => {
    await race(6, async (lock) => {
      await writeFile(lock, '');
      const old = new Date(Date.now() - 60_000);
      await utimes(lock, old, old);
    });
  });
});
