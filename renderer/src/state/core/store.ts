// The one store of the window. All writes go through its actions. A map edit is computed with the
// pure functions of shared/edits, saved through a serialized queue, and committed to memory (and to
// the undo history) only when the save succeeded: what the window shows is what is on disk.
import type { OpenResult, SaveAudit, SaveErase } from '../../../../shared/ipc';
import type { MapDocument } from '../../../../shared/model';
import type { RendererApi } from '../../api';
import { initialState, type AppState, type NoticeItem } from './app-state';
import { noDrafts } from './drafts';
import { afterRedo, afterUndo, emptyHistory, recordEdit, redoTarget, undoTarget, HISTORY_LIMIT } from './history';
import { createPatchSaver } from './patch-saver';
import { createSerialQueue } from './save-queue';
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

/** At most this many notices show at once, so they never push the map out of the window. */
export const NOTICE_LIMIT = 3;

export type Compute<T> = (map: MapDocument) => { readonly map: MapDocument; readonly value: T };

export function createCoreStore(api: RendererApi, options: StoreOptions = {}) {
  let state: AppState = initialState;
  const listeners = new Set<() => void>();
  const queue = createSerialQueue();
  const saveMap = createPatchSaver(api);
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  let noticeSeq = 0;
  // Notices that describe an edit, keyed by the map that edit produced: undoing it ends them.
  const endsOnUndo = new WeakMap<MapDocument, number[]>();

  const getState = (): AppState => state;
  const setState = (update: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void => {
    const patch = typeof update === 'function' ? update(state) : update;
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const notify = (level: NoticeItem['level'], message: string): number => {
    noticeSeq += 1;
    const item: NoticeItem = { id: noticeSeq, level, message };
    // The same sentence again replaces the old one; past the limit the oldest goes.
    setState((s) => ({ notices: [...s.notices.filter((n) => n.message !== message).slice(-(NOTICE_LIMIT - 1)), item] }));
    return item.id;
  };
  /** A notice about the edit just committed; it goes away when that edit is undone. */
  const notifyUndoable = (level: NoticeItem['level'], message: string): void => {
    const id = notify(level, message);
    const map = state.map;
    if (map) endsOnUndo.set(map, [...(endsOnUndo.get(map) ?? []), id]);
  };
  /**
   * The undo notices of `before` once `after` commits: bookkeeping (no undo step) hands them on, so
   * undoing later still ends them; a new undo step makes them stale (Undo would take back the new
   * edit, not theirs), and they are returned to be ended.
   */
  const undoNoticesAfter = (before: MapDocument, after: MapDocument, recorded: boolean): number[] => {
    const ids = endsOnUndo.get(before) ?? [];
    if (recorded) return ids;
    if (ids.length > 0) endsOnUndo.set(after, [...(endsOnUndo.get(after) ?? []), ...ids]);
    return [];
  };
  const dismissNotice = (id: number): void => setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));

  /** Writes `next` to disk; resolves true only when the file now holds it. */
  async function save(next: MapDocument, what: string, audit?: SaveAudit, erase?: SaveErase): Promise<boolean> {
    setState((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    try {
      const result = await saveMap(next, state.mapSession, audit, erase);
      setState((s) => ({ pendingSaves: s.pendingSaves - 1, lastSavedAt: result.savedAt }));
      for (const warning of result.warnings ?? []) notify('warning', warning);
      return true;
    } catch (error) {
      setState((s) => ({ pendingSaves: s.pendingSaves - 1 }));
      notify('error', `Could not save ${what}: ${describeFailure(error)} Nothing was changed; the map on disk is as it was.`);
      return false;
    }
  }

  /**
   * Runs one edit: computes it from the latest committed map (inside the queue, so never from a
   * stale copy), saves it, and commits it only if the save worked. Returns the edit's value, or
   * null when there was no map, the edit was refused, or the save failed.
   */
  function edit<T>(what: string, compute: Compute<T>, editOptions: EditOptions = {}): Promise<T | null> {
    return queue.run(async () => {
      const current = state.map;
      if (!current) return null;
      let result: { map: MapDocument; value: T };
      try {
        result = compute(current);
      } catch (error) {
        notify('error', `Could not make the change (${what}): ${describeFailure(error)} Nothing was changed.`);
        return null;
      }
      if (result.map === current) return result.value;
      if (!(await save(result.map, what, editOptions.audit, editOptions.erase))) return null;
      // Another map may have been opened while this one saved; then there is nothing to commit to.
      if (state.map !== current) return null;
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
      const current = state.map;
      const target = direction === 'undo' ? undoTarget(state.history) : redoTarget(state.history);
      if (!current || !target) return false;
      if (!(await save(target, direction === 'undo' ? 'the undo' : 'the redo'))) return false;
      if (state.map !== current) return false;
      const ended = direction === 'undo' ? (endsOnUndo.get(current) ?? []) : [];
      setState((s) => ({
        map: target,
        history: direction === 'undo' ? afterUndo(s.history, current) : afterRedo(s.history, current),
        notices: ended.length === 0 ? s.notices : s.notices.filter((n) => !ended.includes(n.id)),
      }));
      return true;
    });
  }

  /** Shows what the Node side opened: a map, or the problem screen. */
  function load(result: OpenResult): void {
    if (result.status === 'opened') {
      setState((s) => ({
        phase: 'ready',
        file: result.file,
        map: result.map,
        problem: null,
        history: emptyHistory,
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
      }));
      if (result.revision !== undefined) saveMap.seed(result.map, result.revision, state.mapSession);
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

  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? (() => crypto.randomUUID());

  return { getState, setState, subscribe, notify, notifyUndoable, dismissNotice, edit, step, load, openWith, queue, ctx: () => ({ now: now(), newId }) };
}

export type CoreStore = ReturnType<typeof createCoreStore>;
