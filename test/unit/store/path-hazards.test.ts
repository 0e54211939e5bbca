// What stands at a map's path is not always a plain file: a symbolic link (saved through, never
// replaced), a link loop (a clear sentence, not ELOOP), a named pipe (refused at once by open,
// validate and import, never a read that waits forever for a writer).
import { spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { lstat, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../electron/main/import-file';
import { createMapFile, listBackups, lockPathFor, openMapStore, readMapFile, restoreBackup } from '../../../electron/main/store';
import { numberedMap, sequenceOf } from './helpers/maps';
import { outcomeOf, spawnTs, type ChildOutcome } from './helpers/spawn-ts';
import { useTempDirs } from './helpers/temp-dir';

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
}

/** Runs the CLI; a child still running after 60 s is killed, and `hung` says so. */
async function cliOutcome(args: readonly string[]): Promise<ChildOutcome & { hung: boolean }> {
  const child: ChildProcessWithoutNullStreams = spawnTs('electron/cli/main.ts', args);
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, 60_000);
  const outcome = await outcomeOf(child);
  clearTimeout(timer);
  return { ...outcome, hung };
}

describe('what stands at a map path', () => {
  const tempDir = useTempDirs();

  it('saves a map reached through a symbolic link into the file it points to, and keeps the link', async () => {
    const dir = await tempDir();
    const real = join(dir, 'real.coalition.json');
    const link = join(dir, 'link.coalition.json');
    const backupDir = join(dir, 'backups');
    await createMapFile(real, numberedMap(0));
    await symlink(real, link);
    const store = await openMapStore(link, { backupDir, backupIntervalMinutes: 0 });
    expect(store.path).toBe(real);
    expect(JSON.parse(await readFile(lockPathFor(real), 'utf8')).pid).toBe(process.pid);
    await store.save(numberedMap(1));
    await store.save(numberedMap(2));
    await store.close();
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(sequenceOf(await readMapFile(real))).toBe(2);
    // Backups and restore follow the link too: one map, one set of backups.
    const backups = await listBackups(real, { backupDir });
    expect(backups.length).toBeGreaterThan(0);
    await restoreBackup(link, backups[0]?.id ?? '', { backupDir });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(sequenceOf(await readMapFile(real))).toBe(1);
  });

  it('says a link loop leads back to itself, in words, for open and validate', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.coalition.json');
    await symlink(join(dir, 'b.coalition.json'), a);
    await symlink(a, join(dir, 'b.coalition.json'));
    const message = /symbolic link\) that leads back to itself/;
    await expect(openMapStore(a, { backupDir: join(dir, 'backups') })).rejects.toMatchObject({ reason: 'unreadable', message });
    await expect(readMapFile(a)).rejects.toThrow(message);
    const validated = await cliOutcome(['validate', a]);
    expect(validated.code).not.toBe(0);
    expect(validated.stderr + validated.stdout).toMatch(message);
    expect(validated.stderr + validated.stdout).not.toMatch(/ELOOP/);
    await expect(readImportFile(a)).rejects.toThrow(/leads back to itself\. Nothing was imported/);
  });

  it('refuses a named pipe at once for open, validate and import, and leaves it where it is', { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const pipe = join(dir, 'pipe.coalition.json');
    mkfifo(pipe);
    const named = /this is a named pipe, not a map file/;
    await expect(openMapStore(pipe, { backupDir: join(dir, 'backups') })).rejects.toMatchObject({ reason: 'unreadable', message: named });
    await expect(readMapFile(pipe)).rejects.toThrow(named);
    await expect(readImportFile(pipe)).rejects.toThrow(/it is a named pipe, not a file\. Nothing was imported/);
    expect((await lstat(pipe)).isFIFO()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['pipe.coalition.json']);

    const validated = await cliOutcome(['validate', pipe]);
    expect(validated.hung).toBe(false);
    expect(validated.code).not.toBe(0);
    expect(validated.stderr + validated.stdout).toMatch(named);

    // Importing a sheet into a map whose path is a pipe, and importing from a sheet that is a pipe.
    const sheet = join(dir, 'people.csv');
    await writeFile(sheet, 'name,kind\nAda,person\n');
    const intoPipe = await cliOutcome(['import', sheet, '--into', pipe]);
    expect(intoPipe.hung).toBe(false);
    expect(intoPipe.code).not.toBe(0);
    expect(intoPipe.stderr + intoPipe.stdout).toMatch(named);
    const pipedSheet = join(dir, 'piped.csv');
    mkfifo(pipedSheet);
    const map = join(dir, 'into.coalition.json');
    await createMapFile(map, numberedMap(0));
    const before = await readFile(map);
    const fromPipe = await cliOutcome(['import', pipedSheet, '--into', map]);
    expect(fromPipe.hung).toBe(false);
    expect(fromPipe.code).not.toBe(0);
    expect(fromPipe.stderr + fromPipe.stdout).toMatch(/named pipe, not a file/);
    expect((await readFile(map)).equals(before)).toBe(true);
  });
});
