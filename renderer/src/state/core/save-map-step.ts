// One save of the whole store's map, as every edit, undo and redo makes it: counted while pending,
// the Node side's warnings shown, and a failure told in a notice that says nothing changed.
import type { SaveAudit, SaveErase } from '../../../../shared/ipc';
import type { HistoryStep } from '../../../../shared/sharing/sharing-contract';
import type { MapDocument } from '../../../../shared/model';
import { describeFailure } from './failure';
import type { Notify } from './notices';
import type { SaveMap } from './patch-saver';
import type { StateCell } from './state-cell';

export function createSaveStep({ getState, setState }: StateCell, saveMap: SaveMap, notify: Notify) {
  /** Writes `next` to disk; resolves true only when the file now holds it. */
  return async function save(next: MapDocument, what: string, audit?: SaveAudit, erase?: SaveErase, historyStep?: HistoryStep): Promise<boolean> {
    setState((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    try {
      const result = await saveMap(next, getState().mapSession, audit, erase, historyStep);
      setState((s) => ({ pendingSaves: s.pendingSaves - 1, lastSavedAt: result.savedAt }));
      for (const warning of result.warnings ?? []) notify('warning', warning);
      return true;
    } catch (error) {
      setState((s) => ({ pendingSaves: s.pendingSaves - 1 }));
      notify('error', `Could not save ${what}: ${describeFailure(error)} Nothing was changed; the map on disk is as it was.`);
      return false;
    }
  };
}
