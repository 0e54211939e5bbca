// A plain in-memory stand-in for window.coalition: keeps the last saved map like a file would, and
// can be told to fail or to hold a save until the test releases it.
import type { OpenedMap } from '../../../shared/ipc';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import type { RendererApi } from '../../../renderer/src/api';

export interface FakeApi extends RendererApi {
  readonly saved: MapDocument[];
  failNextSave(message: string): void;
  holdSaves(): () => void;
  onDisk(): MapDocument | undefined;
}

export function createFakeApi(initial: MapDocument = emptyMap('Test coalition')): FakeApi {
  const saved: MapDocument[] = [];
  let failure: string | null = null;
  let gate: Promise<void> | null = null;
  const opened = (map: MapDocument): OpenedMap => ({
    status: 'opened',
    file: { path: '/maps/test.coalition.json', fileName: 'test.coalition.json' },
    map,
    notices: [],
  });
  const api: FakeApi = {
    saved,
    failNextSave: (message) => {
      failure = message;
    },
    holdSaves: () => {
      let release = (): void => undefined;
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return release;
    },
    onDisk: () => saved.at(-1),
    startSession: async () => opened(initial),
    newMap: async ({ name }) => opened(emptyMap(name)),
    openMapDialog: async () => null,
    openRecent: async () => opened(initial),
    listRecent: async () => [],
    saveMap: async ({ map }) => {
      if (gate) await gate;
      if (failure !== null) {
        const message = failure;
        failure = null;
        throw new Error(`Error invoking remote method 'coalition:saveMap': Error: ${message}`);
      }
      saved.push(map as MapDocument);
      return { savedAt: '2025-01-01T00:00:00.000Z' };
    },
    saveMapAsDialog: async () => null,
    listBackups: async () => [],
    restoreBackup: async () => opened(initial),
    onMenuCommand: () => () => undefined,
    onMenuOpenRecent: () => () => undefined,
  };
  return api;
}
