// Saves a map by sending only what changed since the last save (shared/map-patch.ts): on a big map
// the whole document costs the window's thread a long pause to hand over, a patch nothing. It
// remembers which map object the Node side last saved, and under which revision. Every save goes
// this way, audited ones (imports, merges, deletions) included; a change of more than
// MAX_PATCH_ITEMS items goes in parts (shared/map-patch-parts.ts), so no message comes near the
// 64 MiB IPC limit however big the map. Without a base (or when the Node side says "stale": the
// map on disk moved on) the whole map is sent: in one message while it is small, else in parts.
import type { SaveAudit, SaveErase, SaveResult } from '../../../../shared/ipc';
import { MAX_PATCH_ITEMS, STALE_PATCH_MESSAGE, type MapPatch } from '../../../../shared/map-patch';
import { patchOfAnySize, splitPatch, wholeMapPatch } from '../../../../shared/map-patch-parts';
import type { MapDocument } from '../../../../shared/model';
import type { HistoryStep } from '../../../../shared/sharing/sharing-contract';
import type { RendererApi } from '../../api';

interface Saved {
  readonly map: MapDocument;
  readonly revision: number;
  /** The map session it belongs to: another map opened since makes it useless as a base. */
  readonly session: number;
}

/** A whole map of up to this many stakeholders and ties goes in one message (far under 64 MiB). */
export const WHOLE_MAP_MESSAGE_ITEMS = 20_000;

export type SaveMap = ((next: MapDocument, session: number, audit?: SaveAudit, erase?: SaveErase, historyStep?: HistoryStep) => Promise<SaveResult>) & {
  /**
   * A map just opened, as the Node side holds it under `revision`: the first save after opening is
   * then a patch too. Without this a big map's first save would send the whole document.
   */
  seed(map: MapDocument, revision: number, session: number): void;
};

/** `historyStep`: how the window's undo history took the save (a shared map's undo follows it). */
type Extras = { audit?: SaveAudit; erase?: SaveErase; historyStep?: HistoryStep };
type SaveApi = Pick<RendererApi, 'saveMap' | 'saveMapPatch' | 'stageMapPatch'>;

let stageCount = 0;
const newStageId = (): string => `stage-${Date.now().toString(36)}-${(stageCount += 1)}`;

const isStale = (error: unknown): boolean => error instanceof Error && error.message.includes(STALE_PATCH_MESSAGE);

const NOTHING: MapPatch = { stakeholders: { upsert: [], remove: [] }, ties: { upsert: [], remove: [] }, sections: {} };

/** Sends `patch` against `baseRevision` (null: the whole map, against nothing), in parts when it is big. */
async function sendPatch(api: SaveApi, baseRevision: number | null, patch: MapPatch, extras: Extras): Promise<SaveResult> {
  const parts = splitPatch(patch, MAX_PATCH_ITEMS);
  if (baseRevision !== null && parts.length === 1) return api.saveMapPatch({ baseRevision, patch, ...extras });
  const stageId = newStageId();
  // Only a stage can start from nothing: a whole map opens its stage with an empty part.
  const staged = baseRevision === null ? [NOTHING, ...parts.slice(0, -1)] : parts.slice(0, -1);
  let revision = baseRevision;
  for (const part of staged) revision = (await api.stageMapPatch({ stageId, baseRevision: revision, patch: part })).revision;
  return api.saveMapPatch({ baseRevision: revision!, patch: parts.at(-1)!, stageId, ...extras });
}

/** The whole map, in one message while it is small. */
function sendWhole(api: SaveApi, map: MapDocument, extras: Extras): Promise<SaveResult> {
  if (map.stakeholders.length + map.ties.length <= WHOLE_MAP_MESSAGE_ITEMS) return api.saveMap({ map, ...extras });
  return sendPatch(api, null, wholeMapPatch(map), extras);
}

export function createPatchSaver(api: SaveApi): SaveMap {
  let last: Saved | null = null;
  const save = async (next: MapDocument, session: number, audit?: SaveAudit, erase?: SaveErase, historyStep?: HistoryStep): Promise<SaveResult> => {
    const base = last !== null && last.session === session ? last : null;
    last = null; // until this save lands, nothing on disk is known for sure
    const extras: Extras = { ...(audit ? { audit } : {}), ...(erase ? { erase } : {}), ...(historyStep ? { historyStep } : {}) };
    const patch = base ? patchOfAnySize(base.map, next) : null;
    let result: SaveResult | null = null;
    if (base && patch) {
      try {
        result = await sendPatch(api, base.revision, patch, extras);
      } catch (error) {
        if (!isStale(error)) throw error;
      }
    }
    result ??= await sendWhole(api, next, extras);
    if (result.revision !== undefined) last = { map: next, revision: result.revision, session };
    return result;
  };
  return Object.assign(save, {
    seed(map: MapDocument, revision: number, session: number) {
      last = { map, revision, session };
    },
  });
}
