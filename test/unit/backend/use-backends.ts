// Backends a test starts on real temp folders with scripted dialogs, each closed after the test so
// the map it holds is unlocked before the folders are removed.
import { afterEach } from 'vitest';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/main/backend';
import { useTempDirs } from '../store/helpers/temp-dir';
import { ScriptedDialogs } from './scripted-dialogs';

export interface StartedBackend {
  /** The backend's data folder (maps/, backups/, audit.log, settings.json). */
  readonly dataDir: string;
  readonly dialogs: ScriptedDialogs;
  readonly api: Backend;
}

export interface Backends {
  /** A fresh temp folder, removed after the test. */
  tempDir(): Promise<string>;
  /** A backend on a fresh data folder; `options` adds a printer or a clock. */
  start(options?: Omit<BackendOptions, 'dataDir' | 'dialogs'>): Promise<StartedBackend>;
}

/** Call once per describe block; registers the afterEach that closes what `start` started. */
export function useBackends(): Backends {
  // Registered first so that it runs last: folders go only after the backends have closed.
  const tempDir = useTempDirs();
  const started: Backend[] = [];
  afterEach(async () => {
    for (const backend of started.splice(0)) await backend.close();
  });
  return {
    tempDir,
    async start(options = {}) {
      const dataDir = await tempDir();
      const dialogs = new ScriptedDialogs();
      const api = await createBackend({ dataDir, dialogs, ...options });
      started.push(api);
      return { dataDir, dialogs, api };
    },
  };
}
