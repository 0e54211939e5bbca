// The one store of the window. All writes go through its actions. A map edit is computed with the
// pure functions of shared/edits, saved through a serialized queue, and committed to memory (and to
// the undo history) only when the save succeeded: what the window shows is what is on disk.
import type { SaveAudit, SaveErase } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import type { RendererApi } from '../../api';
import { initialState } from './app-state';
import { afterRedo, afterUndo, emptyHistory, recordEdit, redoTarget, undoTarget, HISTORY_LIMIT } from './history';
import { createNotices } from './notices';
import { createOpenSteps } from './open-steps';
import { createPatchSaver } from './patch-saver';
import { createSaveStep } from './save-map-step';
import { createSerialQueue } from './save-queue';
import { createStateCell } from './state-cell';
import { describeFailure } from './failure';

export interface StoreOptions {
  readonly now?: () => string;
  readonly newId?: () => string;
  readonly historyLimit?: number;
}

export interface EditOptions {
  /**
   * False for bookkeeping such as laying out positions: saved, but not an undo step. 'clear': the
   * whole undo/redo history is dropped when the edit commits (a secure delete: no step may hold it).
   */
  readonly history?: boolean | 'clear';
  /** Counts and field names the Node side logs after the save landed (imports, merges, deletions). */
  readonly audit?: SaveAudit;
  /** With a delete audit: the Node side also rewrites the map's backups without these stakeholders. */
  readonly erase?: SaveErase;
}

export { NOTICE_LIMIT } from './notices';

export type Compute<T> = (map: MapDocument) => { readonly map: MapDocument; readonly value: T };

export function createCoreStore(api: RendererApi, options: StoreOptions = {}) {
  const cell = createStateCell(initialState);
  const { getState, setState, subscribe } = cell;
  const queue = createSerialQueue();
  const saveMap = createPatchSaver(api);
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  const { notify, notifyUndoable, dismissNotice, endedByUndoOf, undoNoticesAfter } = createNotices(cell);
  const save = createSaveStep(cell, saveMap, notify);
  const { load, openWith } = createOpenSteps(cell, queue, saveMap, notify);

  /**
   * Runs one edit: computes it from the latest committed map (inside the queue, so never from a
   * stale copy), saves it, and commits it only if the save worked. Returns the edit's value, or
   * null when there was no map, the edit was refused, or the save failed.
   */
  function edit<T>(what: string, compute: Compute<T>, editOptions: EditOptions = {}): Promise<T | null> {
    return queue.run(async () => {
      const current = getState().map;
      if (!current) return null;
      let result: { map: MapDocument; value: T };
      try {
        result = compute(current);
      } catch (error) {
        notify('error', `Could not make the change (${what}): ${describeFailure(error)} Nothing was changed.`);
        return null;
      }
      if (result.map === current) return result.value;
      const step = editOptions.history === 'clear' ? 'clear' : editOptions.history === false ? 'none' : undefined;
      if (!(await save(result.map, what, editOptions.audit, editOptions.erase, step))) return null;
      // Another map may have been opened while this one saved; then there is nothing to commit to.
      if (getState().map !== current) return null;
      const stale = undoNoticesAfter(current, result.map, editOptions.history !== false);
      setState((s) => ({
        map: result.map,
        history: editOptions.history === 'clear' ? emptyHistory : editOptions.history === false ? s.history : recordEdit(s.history, current, limit),
        notices: stale.length === 0 ? s.notices : s.notices.filter((n) => !stale.includes(n.id)),
      }));
      return result.value;
    });
  }

  function step(direction: 'undo' | 'redo'): Promise<boolean> {
    return queue.run(async () => {
      const { map: current, history } = getState();
      const target = direction === 'undo' ? undoTarget(history) : redoTarget(history);
      if (!current || !target) return false;
      // A redo is an edit again; the undo's save says it is one, so a shared map's undo follows.
      if (!(await save(target, direction === 'undo' ? 'the undo' : 'the redo', undefined, undefined, direction === 'undo' ? 'undo' : undefined))) return false;
      if (getState().map !== current) return false;
      const ended = direction === 'undo' ? endedByUndoOf(current) : [];
      setState((s) => ({
        map: target,
        history: direction === 'undo' ? afterUndo(s.history, current) : afterRedo(s.history, current),
        notices: ended.length === 0 ? s.notices : s.notices.filter((n) => !ended.includes(n.id)),
      }));
      return true;
    });
  }

  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => crypto.randomUUID());

  return { getState, setState, subscribe, notify, notifyUndoable, dismissNotice, edit, step, load, openWith, queue, ctx: () => ({ now: now(), newId }) };
}

export type CoreStore = ReturnType<typeof createCoreStore>;
