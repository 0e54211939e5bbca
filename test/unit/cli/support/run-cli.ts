// The command line as users run it: `coalition-map` (electron/cli.ts through tsx) in a real child
// process, working in a real temp folder that holds the test file's maps for all of its tests.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { REPO_ROOT } from '../../exchange/fixture-paths';

const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const CLI = path.join(REPO_ROOT, 'electron/cli.ts');

export interface CliOutcome {
  /** The exit code; -1 when the process could not start or was killed (by the timeout, say). */
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRun {
  /** The working folder relative paths on the command line are read from. */
  readonly cwd: string;
  /** COALITION_DATA_DIR for the run (backups, the audit log); a temp folder shared by the test file when left out. */
  readonly dataDir?: string;
}

/** A run that names no data folder gets this one, never the user's own (its audit log and backups). */
const DEFAULT_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'cli-data-'));
process.on('exit', () => rmSync(DEFAULT_DATA_DIR, { recursive: true, force: true }));

/** Runs `coalition-map <args>` to the end; a failing command resolves too, with its code and output. */
export function runCli(args: readonly string[], { cwd, dataDir }: CliRun): Promise<CliOutcome> {
  const env = { ...process.env, COALITION_DATA_DIR: dataDir ?? DEFAULT_DATA_DIR };
  return new Promise((done) => {
    execFile(process.execPath, [TSX, CLI, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

export interface WorkFolder {
  /** The folder's path; it exists from the first test of the file (or describe block) to the last. */
  readonly path: string;
}

/** A real temp folder made before the enclosing tests and removed after them. */
export function useWorkFolder(prefix: string): WorkFolder {
  let made: string | null = null;
  beforeAll(() => {
    made = mkdtempSync(path.join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (made !== null) rmSync(made, { recursive: true, force: true });
    made = null;
  });
  return {
    get path(): string {
      if (made === null) throw new Error(`the ${prefix} work folder exists only while its tests run`);
      return made;
    },
  };
}
