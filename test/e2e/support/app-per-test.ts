// Each test gets its own real data folder (and, when asked, a second folder for its own files,
// such as sheets to import), and the app it launched is closed before the folders are removed,
// so the map's lock is released and nothing leaks into the next test.
import { afterEach, beforeEach } from 'vitest';
import { makeTempDir, type TempDir } from './files';
import type { LaunchedApp } from './launched-app';

export interface AppPerTest {
  /** The app's data folder (maps/, backups/, settings.json) for the running test. */
  readonly dataDir: TempDir;
  /** The test's own files, kept apart from the app's data; only when asked for. */
  readonly files: TempDir;
  /** The app the running test launched, if any; closed after the test. */
  app: LaunchedApp | null;
}

/** Registers the folders' beforeEach/afterEach; call it once at the top of a test file. */
export function appPerTest(label: string, options: { readonly filesFolder?: boolean } = {}): AppPerTest {
  let dataDir: TempDir | null = null;
  let files: TempDir | null = null;
  const present = (dir: TempDir | null, what: string): TempDir => {
    if (dir === null) throw new Error(`the ${what} folder exists only while a test runs${what === 'files' ? ' and only with filesFolder' : ''}`);
    return dir;
  };
  const state: AppPerTest = {
    app: null,
    get dataDir() {
      return present(dataDir, 'data');
    },
    get files() {
      return present(files, 'files');
    },
  };
  beforeEach(async () => {
    dataDir = await makeTempDir(label);
    if (options.filesFolder) files = await makeTempDir(`${label}-files`);
  });
  afterEach(async () => {
    await state.app?.close();
    state.app = null;
    await dataDir?.remove();
    await files?.remove();
    dataDir = null;
    files = null;
  });
  return state;
}
