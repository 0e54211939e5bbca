// Backends a test launches (and relaunches) on data folders of its choosing, all on one clock that
// the test moves forward by hand; each closed, and the clock set back, after the test.
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../../electron/main/backend';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

/** Call once per describe block; the clock starts at `startAt` in every test. */
export function useClockedBackends(startAt: string) {
  // Registered first so that it runs last: folders go only after the backends have closed.
  const tempDir = useTempDirs();
  const open: Backend[] = [];
  let now = new Date(startAt);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((b) => b.close()));
    now = new Date(startAt);
  });
  /** A backend on `dataDir` (new or used before), on the shared clock. */
  const launch = async (dataDir: string): Promise<Backend> => {
    const backend = await createBackend({ dataDir, dialogs: new ScriptedDialogs(), clock: () => now });
    open.push(backend);
    return backend;
  };
  return {
    tempDir,
    launch,
    /** Makes a new empty map named `name` the last map of `dataDir`, its backend closed again; the map's path. */
    async lastMap(dataDir: string, name: string): Promise<string> {
      const backend = await launch(dataDir);
      const created = await backend.newMap({ name, template: 'empty' });
      await backend.close();
      return created.file.path;
    },
    /** Moves the clock forward by `ms`. */
    advance(ms: number): void {
      now = new Date(now.getTime() + ms);
    },
  };
}
