// Where the app keeps its maps, backups and recent list. Tests and the end-to-end harness point it
// at a temporary folder with COALITION_DATA_DIR; otherwise it is Electron's per-user data folder.
import { chmod, mkdir } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { App } from 'electron';

export const DATA_DIR_ENV = 'COALITION_DATA_DIR';

/** Picks the folder without touching the disk. */
export function chooseDataDir(env: Readonly<Record<string, string | undefined>>, app: Pick<App, 'getPath'>): string {
  const fromEnv = env[DATA_DIR_ENV]?.trim();
  if (fromEnv) {
    if (!isAbsolute(fromEnv)) throw new Error(`${DATA_DIR_ENV} must be an absolute path (got "${fromEnv}")`);
    return resolve(fromEnv);
  }
  return app.getPath('userData');
}

/**
 * Creates the folder if needed and makes it private to the user (0700): the maps name people and
 * may describe survivors. An existing folder is tightened too, since mkdir's mode only applies to
 * folders it creates.
 */
export async function prepareDataDir(env: Readonly<Record<string, string | undefined>>, app: Pick<App, 'getPath'>): Promise<string> {
  const dir = chooseDataDir(env, app);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Windows has no POSIX modes; its per-user profile folder is already private.
  if (process.platform !== 'win32') await chmod(dir, 0o700);
  return dir;
}
