// Saves a map by sending only what changed since the last save, when it can (shared/map-patch.ts):
// on a big map the whole document costs the window's thread a long pause to hand over, a patch
// nothing. It remembers which map object the Node side last saved, and under which revision; a
// save with an audit or an erase, a change too big for a patch, or a refusal because the map on
// disk moved on ("stale") goes as a whole map instead.
import type { SaveAudit, SaveErase, SaveResult } from '../../../../shared/ipc';
import { diffMaps, STALE_PATCH_MESSAGE } from '../../../../shared/map-patch';
import type { MapDocument } from '../../../../shared/model';
import type { RendererApi } from '../../api';

interface Saved {
  readonly map: MapDocument;
  readonly revision: number;
  /** The map session it belongs to: another map opened since makes it useless as a base. */
  readonly session: number;
}

export type SaveMap = ((next: MapDocument, session: number, audit?: SaveAudit, erase?: SaveErase) => Promise<SaveResult>) & {
  /**
   * A map just opened, as the Node side holds it under `revision`: the first save after opening is
   * then a patch too. Without this a big map's first save would send the whole document, which
   * may not fit in one IPC message (64 MiB) at all.
   */
  seed(map: MapDocument, revision: number, session: number): void;
};

export function createPatchSaver(api: Pick<RendererApi, 'saveMap' | 'saveMapPatch'>): SaveMap {
  let last: Saved | null = null;
  const save = async (next: MapDocument, session: number, audit?: SaveAudit, erase?: SaveErase): Promise<SaveResult> => {
    const base = last !== null && last.session === session ? last : null;
    last = null; // until this save lands, nothing on disk is known for sure
    const patch = base && !audit && !erase ? diffMaps(base.map, next) : null;
    let result: SaveResult | null = null;
    if (base && patch) {
      try {
        result = await api.saveMapPatch({ baseRevision: base.revision, patch });
      } catch (error) {
        if (!(error instanceof Error && error.message.includes(STALE_PATCH_MESSAGE))) throw error;
      }
    }
    result ??= await api.saveMap({ map: next, ...(audit ? { audit } : {}), ...(erase ? { erase } : {}) });
    if (result.revision !== undefined) last = { map: next, revision: result.revision, session };
    return result;
  };
  return Object.assign(save, {
    seed(map: MapDocument, revision: number, session: number) {
      last = { map, revision, session };
    },
  });
}
