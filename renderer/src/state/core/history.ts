// Bounded undo/redo history of whole map values. Maps are immutable, so keeping the old value is
// all undo needs; the bound keeps memory flat on long sessions with big maps.
import type { MapDocument } from '../../../../shared/model';

export interface History {
  readonly past: readonly MapDocument[];
  readonly future: readonly MapDocument[];
}

export const HISTORY_LIMIT = 100;

export const emptyHistory: History = { past: [], future: [] };

/** After an edit: the previous map goes on the undo stack, and redo is no longer possible. */
export function recordEdit(history: History, previous: MapDocument, limit = HISTORY_LIMIT): History {
  const past = [...history.past, previous];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The map undo would restore, or null when there is nothing to undo. */
export function undoTarget(history: History): MapDocument | null {
  return history.past.at(-1) ?? null;
}

export function redoTarget(history: History): MapDocument | null {
  return history.future.at(-1) ?? null;
}

/** After undo saved: step back one, and remember the current map for redo. */
export function afterUndo(history: History, current: MapDocument): History {
  return { past: history.past.slice(0, -1), future: [...history.future, current] };
}

export function afterRedo(history: History, current: MapDocument): History {
  return { past: [...history.past, current], future: history.future.slice(0, -1) };
}
