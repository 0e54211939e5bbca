// A plain in-memory stand-in for window.coalition: keeps the last saved map like a file would, and
// can be told to fail or to hold a save until the test releases it.
import type { OpenedMap } from '../../../shared/ipc';
import { applyMapPatch, mapPatchSchema } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { emptyMap } from '../../../shared/new-map';
import type { RendererApi } from '../../../renderer/src/api';

export interface FakeApi extends RendererApi {
  readonly saved: MapDocument[];
  /** How each save arrived: whole, or as a patch. */
  readonly saveKinds: ('whole' | 'patch')[];
  failNextSave(message: string): void;
  holdSaves(): () => void;
  onDisk(): MapDocument | undefined;
}

/**
 * `revisions`: answer saves with a revision, as the Node side does, so the store may send patches;
 * the fake then applies them to what it holds, refusing a stale one as the Node side would.
 */
export function createFakeApi(initial: MapDocument = emptyMap('Test coalition'), options: { readonly revisions?: boolean } = {}): FakeApi {
  const saved: MapDocument[] = [];
  const saveKinds: ('whole' | 'patch')[] = [];
  let revision = 1;
  let failure: string | null = null;
  let gate: Promise<void> | null = null;
  let stage: { id: string; map: MapDocument } | null = null;
  const opened = (map: MapDocument): OpenedMap => ({
    status: 'opened',
    file: { path: '/maps/test.coalition.json', fileName: 'test.coalition.json' },
    map,
    notices: [],
    // As the Node side does: the revision the opened map is on disk under.
    ...(options.revisions ? { revision } : {}),
  });
  const api: FakeApi = {
    saved,
    saveKinds,
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
      saveKinds.push('whole');
      revision += 1;
      return { savedAt: '2025-01-01T00:00:00.000Z', ...(options.revisions ? { revision } : {}) };
    },
    stageMapPatch: async ({ stageId, baseRevision, patch }) => {
      if (!options.revisions) throw new Error('this fake was made without revisions, so no patch can be based on one');
      if (stage?.id !== stageId) {
        if (baseRevision !== null && baseRevision !== revision) throw new Error(`Error invoking remote method 'coalition:stageMapPatch': Error: stale: the map was saved again since this change was made.`);
        const onDisk = saved.at(-1) ?? initial;
        stage = { id: stageId, map: baseRevision === null ? ({ format: onDisk.format, version: onDisk.version, stakeholders: [], ties: [] } as unknown as MapDocument) : onDisk };
      }
      stage.map = applyMapPatch(stage.map, mapPatchSchema.parse(patch));
      return { revision };
    },
    saveMapPatch: async ({ baseRevision, patch, stageId }) => {
      if (gate) await gate;
      if (!options.revisions) throw new Error('this fake was made without revisions, so no patch can be based on one');
      if (baseRevision !== revision) throw new Error(`Error invoking remote method 'coalition:saveMapPatch': Error: stale: the map was saved again since this change was made.`);
      const base = stageId === undefined ? (saved.at(-1) ?? initial) : stage?.id === stageId ? stage.map : null;
      stage = null;
      if (base === null) throw new Error('stale: the map was saved again since this change was made.');
      saved.push(applyMapPatch(base, mapPatchSchema.parse(patch)));
      saveKinds.push('patch');
      revision += 1;
      return { savedAt: '2025-01-01T00:00:00.000Z', revision };
    },
    saveMapAsDialog: async () => null,
    listBackups: async () => [],
    restoreBackup: async () => opened(initial),
    onMenuCommand: () => () => undefined,
    onMenuOpenRecent: () => () => undefined,
  };
  return api;
}
