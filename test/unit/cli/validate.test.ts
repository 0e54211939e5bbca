// The CLI as a user runs it: a real child process against real files.
import { spawn } from 'node:child_process';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../store/helpers/maps';
import { outcomeOf, REPO_ROOT, type ChildOutcome } from '../store/helpers/spawn-ts';
import { useTempDirs } from '../store/helpers/temp-dir';

// The command line as built (test/unit/setup/build-cli.ts builds it before the unit tests).
const cli = (args: readonly string[]) => outcomeOf(spawn(process.execPath, [join(REPO_ROOT, 'dist/cli/coalition-map.mjs'), ...args], { stdio: 'pipe' }));

function runBin(args: readonly string[], cwd: string): Promise<ChildOutcome> {
  return outcomeOf(spawn(process.execPath, [join(REPO_ROOT, 'bin', 'coalition-map.mjs'), ...args], { cwd, stdio: 'pipe' }));
}

describe('coalition-map validate', () => {
  const tempDir = useTempDirs();

  it('prints the coalition and its counts for a valid map', async () => {
    const { stdout, code } = await cli(['validate', fixturePath('small-valid.coalition.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Riverside Safety Coalition');
    expect(stdout).toMatch(/stakeholders: +4 \(3 people, 1 organization\)/);
    expect(stdout).toMatch(/ties: +3/);
    expect(stdout).toMatch(/members: +2/);
    expect(stdout).toMatch(/Directly affected +1 mapped +1 members/);
    expect(stdout).toMatch(/Policymaker +1 mapped +0 members/);
  });

  const broken: [string, string | Uint8Array | null, RegExp][] = [
    ['wrong-schema.coalition.json', null, /stakeholders\[2\]\.kind/],
    ['truncated.coalition.json', null, /ends too early/],
    ['newer-version.coalition.json', null, /newer version/],
    ['proto-pollution.coalition.json', null, /reserved key "__proto__"/],
    ['nul-filled.coalition.json', new Uint8Array(2048), /NUL bytes/],
    ['null.coalition.json', 'null', /holds null/],
    ['empty.coalition.json', '', /empty/],
  ];
  it.each(broken)('fails on %s with a clear message and leaves it untouched', async (name, content, message) => {
    const dir = await tempDir();
    const path = join(dir, name);
    if (content === null) await copyFile(fixturePath(name), path);
    else await writeFile(path, content);
    const before = await readFile(path);
    const { stderr, stdout, code } = await cli(['validate', path]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(path);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('The file was not changed.');
    expect((await readFile(path)).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual([name]);
  });

  it('says when the file does not exist', async () => {
    const dir = await tempDir();
    const { stderr, code } = await cli(['validate', join(dir, 'absent.json')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/absent\.json: the map file was not found/);
  });

  it('exits 2 with usage on bad arguments and unknown commands', async () => {
    const missing = await cli(['validate']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Usage: coalition-map validate <map.json>');
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });

  it('lists the commands in help', async () => {
    const { stdout, code } = await cli(['help']);
    expect(code).toBe(0);
    // One line a command, none wider than a terminal's 80 columns; options behind `help <command>`.
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    for (const name of ['validate', 'analyze', 'import', 'merge', 'export', 'help']) expect(lines.filter((l) => l.startsWith(`  ${name} `))).toHaveLength(1);
    const exportHelp = await cli(['help', 'export']);
    expect(exportHelp.code).toBe(0);
    expect(exportHelp.stdout).toContain('--include-confidential');
    for (const line of exportHelp.stdout.trimEnd().split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('runs through the bin from any folder, forwarding the exit code', async () => {
    const dir = await tempDir();
    await copyFile(fixturePath('small-valid.coalition.json'), join(dir, 'mine.json'));
    await writeFile(join(dir, 'bad.json'), '{}');
    const ok = await runBin(['validate', 'mine.json'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(join(dir, 'mine.json'));
    const bad = await runBin(['validate', 'bad.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/no "format" field/);
  });
});
