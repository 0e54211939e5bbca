// Saves too big for one IPC message (a 200,000-stakeholder map is over Electron's 64 MiB): the
// window sends the change in parts (shared/map-patch-parts.ts). Each part is applied here in memory
// to the map being built; nothing is written until the last part arrives with saveMapPatch, which
// writes the result exactly as any save does (validated whole, durably, audited). One stage at a
// time: a new one, or another map opened, drops an unfinished one, and its parts are never written.
import type { SaveAudit, SaveErase, SaveResult } from '../../../shared/ipc';
import { applyMapPatch, STALE_PATCH_MESSAGE, type MapPatch } from '../../../shared/map-patch';
import type { MapDocument } from '../../../shared/model';
import { StaleRevisionError, type MapStore } from '../store';
import type { MapSession } from './map-session';
import { afterSave, assertErasable } from './save-after';
import { writeFailure } from './write-failure';

/** A map's own limits (shared/schema.ts): a stage that passes them is dropped at once. */
const MAX_STAGED_STAKEHOLDERS = 200_000;
const MAX_STAGED_TIES = 1_000_000;

interface Stage {
  readonly id: string;
  readonly store: MapStore;
  /** The revision the parts were made against: the final write is refused if another save came since. */
  readonly revision: number;
  map: MapDocument;
}

export interface StagedSaves {
  stage(session: MapSession, args: { stageId: string; baseRevision: number | null; patch: MapPatch }): Promise<{ revision: number }>;
  finish(session: MapSession, args: { baseRevision: number; patch: MapPatch; stageId?: string | undefined; audit?: SaveAudit | undefined; erase?: SaveErase | undefined }): Promise<SaveResult>;
}

/** A map of no sections and empty lists: the base of a whole map sent in parts. */
function emptyBase(onDisk: MapDocument): MapDocument {
  return { format: onDisk.format, version: onDisk.version, stakeholders: [], ties: [] } as unknown as MapDocument;
}

export function createStagedSaves(): StagedSaves {
  let current: Stage | null = null;
  return {
    async stage(session, { stageId, baseRevision, patch }) {
      const store = session.requireOpen();
      const continuing = current !== null && current.id === stageId && current.store === store;
      if (!continuing) {
        current = null;
        if (baseRevision !== null && baseRevision !== store.revision) throw new Error(STALE_PATCH_MESSAGE);
        const base = baseRevision === null ? emptyBase(store.map) : store.map;
        current = { id: stageId, store, revision: store.revision, map: base };
      }
      const stage = current!;
      try {
        stage.map = applyMapPatch(stage.map, patch);
      } catch (error) {
        current = null;
        throw new Error(`The change could not be applied, so nothing was saved: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Nothing is checked until the end, but a stage may not grow past what a map may hold.
      if (stage.map.stakeholders.length > MAX_STAGED_STAKEHOLDERS || stage.map.ties.length > MAX_STAGED_TIES) {
        current = null;
        throw new Error('The change holds more people or ties than a map may, so nothing was saved.');
      }
      return { revision: stage.revision };
    },

    async finish(session, { baseRevision, patch, stageId, audit, erase }) {
      const store = session.requireOpen();
      const stage = stageId === undefined ? null : current;
      current = null;
      if (stageId !== undefined && (stage === null || stage.id !== stageId || stage.store !== store)) {
        throw new Error(STALE_PATCH_MESSAGE);
      }
      const nameBefore = store.map.coalition.name;
      let result: SaveResult;
      try {
        result = await store.saveFrom(stage?.revision ?? baseRevision, (onDisk) => {
          const next = applyMapPatch(stage?.map ?? onDisk, patch);
          if (erase) assertErasable(next, erase, audit);
          return next;
        });
      } catch (error) {
        // The window answers "stale" with a save of the whole map.
        if (error instanceof StaleRevisionError) throw new Error(STALE_PATCH_MESSAGE);
        throw writeFailure(error, 'Saving the change');
      }
      if (store.map.coalition.name !== nameBefore) await session.renamed(store, []);
      return afterSave(session, store, result, audit, erase);
    },
  };
}
