// Long work of the main process in slices. Loading a shared map's sync history is about 1.5 s of
// CPU at 20,000 stakeholders (reading 70 MB of sealed changes, opening each, applying it); in one
// stretch it held every save, status and timer of the main process for that long. Work that loops
// over many items calls the pause between items: once a slice has run `budgetMs`, the event loop
// gets a turn (setImmediate: I/O and IPC waiting at that moment run first) before the next item.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** About two frames of the window: long enough that pausing costs nothing, short enough that a save or an IPC answer hardly waits. */
export const SLICE_MS = 25;

/** Call `await pause()` between items; it lets the event loop run once the slice has lasted `budgetMs` (0: between every item). */
export type Pause = () => Promise<void>;

export function slicer(budgetMs: number = SLICE_MS): Pause {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTurn();
    since = performance.now();
  };
}
