// Undo on a shared map. While the window has a step of its own, Undo steps back to the map before
// it, as on any map: no other organizer's change came in since (taking theirs in drops the
// window's history, since stepping back to an earlier map would take their changes back too), and
// the save tells the sync it was the window's undo, so the sync's own undo list forgets that step
// rather than keep the save as a new change to undo (which would bring the step back). Once the
// window has no step left, Undo asks the sync (undoSharedChange), which takes back this
// organizer's own last change to the shared map, field by field, for everyone, and refuses in
// words when someone changed one of its fields since. Its map replaces the window's as the
// others' changes do. Redo has nothing to bring back then (its button stays off): the change is
// made again instead.
import type { OpenedMap } from '../../../../shared/ipc';
import type { SharingStatus } from '../../../../shared/sharing/sharing-contract';
import type { CoreStore } from '../core/store';
import type { SharingApi } from './sharing-api';

export function createSharedUndo(core: CoreStore, getApi: () => SharingApi, show: (result: OpenedMap | null) => boolean) {
  /** Keeps the window's word on whether the sync holds a change of this organizer's to undo. */
  const noteUndoable = (status: SharingStatus): SharingStatus => {
    const undoable = status.undoable === true;
    if (core.getState().sharedUndo !== undoable) core.setState({ sharedUndo: undoable });
    return status;
  };

  /** The sync's undo, in the window's queue (after the edits before it saved); null when the window has a step of its own after all. */
  const undoThroughSync = (): Promise<boolean | null> =>
    core.queue.run(async () => {
      if (core.getState().history.past.length > 0) return null;
      try {
        const result = await getApi().undoSharedChange({});
        core.setState({ sharedUndo: result.undoable });
        show(result.opened);
        core.notify(result.undone ? 'info' : 'warning', result.message);
        return result.undone;
      } catch (error) {
        core.notify('error', `Could not undo: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`);
        return false;
      }
    });

  /** Undo (the button, Ctrl/Cmd+Z, the menu): the window's own step when it has one, else the sync's on a shared map. */
  const undo = async (): Promise<boolean> => {
    const { history, sharedUndo } = core.getState();
    if (history.past.length > 0 || !sharedUndo) return core.step('undo');
    return (await undoThroughSync()) ?? core.step('undo');
  };

  return { noteUndoable, undo };
}
