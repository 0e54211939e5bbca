// The notices above the map: a few at once, the same sentence never twice, and those that describe
// an edit end when that edit is undone.
import type { MapDocument } from '../../../../shared/model';
import type { NoticeItem } from './app-state';
import type { StateCell } from './state-cell';

/** At most this many notices show at once, so they never push the map out of the window. */
export const NOTICE_LIMIT = 3;

export type Notify = (level: NoticeItem['level'], message: string) => number;

export function createNotices({ getState, setState }: StateCell) {
  let noticeSeq = 0;
  // Notices that describe an edit, keyed by the map that edit produced: undoing it ends them.
  const endsOnUndo = new WeakMap<MapDocument, number[]>();

  const notify: Notify = (level, message) => {
    noticeSeq += 1;
    const item: NoticeItem = { id: noticeSeq, level, message };
    // The same sentence again replaces the old one; past the limit the oldest goes.
    setState((s) => ({ notices: [...s.notices.filter((n) => n.message !== message).slice(-(NOTICE_LIMIT - 1)), item] }));
    return item.id;
  };
  /** A notice about the edit just committed; it goes away when that edit is undone. */
  const notifyUndoable = (level: NoticeItem['level'], message: string): void => {
    const id = notify(level, message);
    const map = getState().map;
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
  /** The notices that end when the edit that produced `map` is undone. */
  const endedByUndoOf = (map: MapDocument): readonly number[] => endsOnUndo.get(map) ?? [];

  return { notify, notifyUndoable, dismissNotice, endedByUndoOf, undoNoticesAfter };
}
