// Opening a map into the store: what the Node side opened replaces the map (or shows the problem
// screen), behind any saves still pending, and nothing is left over from the map before it.
import type { OpenedMap, OpenResult } from '../../../../shared/ipc';
import type { AppState } from './app-state';
import { noDrafts } from './drafts';
import { describeFailure } from './failure';
import { emptyHistory } from './history';
import type { Notify } from './notices';
import type { SaveMap } from './patch-saver';
import type { SerialQueue } from './save-queue';
import type { StateCell } from './state-cell';

function openedState(s: AppState, result: OpenedMap): Partial<AppState> {
  return {
    phase: 'ready',
    file: result.file,
    map: result.map,
    problem: null,
    history: emptyHistory,
    sharedUndo: false,
    selection: null,
    panel: 'closed',
    // Drafts belong to the map they were typed in (the stores' leave step saved what it could).
    drafts: noDrafts,
    checked: [],
    // Notices spoke of the map that was open ("fictional sample", "Undo brings them back"):
    // none holds for this one. The open's own notices follow.
    notices: [],
    mapSession: s.mapSession + 1,
    security: { ...s.security, encrypted: result.encrypted === true },
  };
}

export function createOpenSteps({ getState, setState }: StateCell, queue: SerialQueue, saveMap: SaveMap, notify: Notify) {
  /** Shows what the Node side opened: a map, or the problem screen. */
  function load(result: OpenResult): void {
    if (result.status === 'opened') {
      setState((s) => openedState(s, result));
      if (result.revision !== undefined) saveMap.seed(result.map, result.revision, getState().mapSession);
      for (const notice of result.notices) notify(notice.level, notice.message);
    } else {
      setState({ phase: 'problem', problem: result });
    }
  }

  /** Opening, creating and restoring maps wait behind pending saves, then replace the map. */
  function openWith(what: string, open: () => Promise<OpenResult | null>): Promise<boolean> {
    return queue.run(async () => {
      try {
        const result = await open();
        if (result === null) return false;
        load(result);
        return result.status === 'opened';
      } catch (error) {
        notify('error', `Could not ${what}: ${describeFailure(error)} The map you had open is unchanged.`);
        return false;
      }
    });
  }

  return { load, openWith };
}
