// Long work of the main process that nobody waits on (loading a shared map's sync history: about
// 1.5 s of CPU at 20,000 stakeholders, in slices: sync/slices.ts) runs at a lower scheduling priority, so that on
// a machine with few cores the window's thread gets a core first when both want one, instead of
// waiting behind it (the sync design's check 15: no window task over 100 ms while it loads).
//
// os.setPriority without a pid changes the calling thread on Linux (the JS thread: the work
// itself, not the file reads in libuv's pool) and the whole process on Windows and macOS. Going
// back up needs a privilege ordinary users lack on Linux and macOS: there the main process then
// stays at the lower priority for the rest of the session, which only matters when the machine is
// busy, and then it is the window that should come first. Nothing here ever fails the work.
import { getPriority, setPriority } from 'node:os';

/** How far below its current priority the work runs (nice +10: about a tenth of a contested core on Linux). */
export const BACKGROUND_STEP = 10;
/** Unix nice values end at 19. */
const LOWEST = 19;

export interface PriorityPort {
  get(): number;
  set(priority: number): void;
}

const osPriority: PriorityPort = { get: () => getPriority(), set: (p) => setPriority(p) };

/** Runs `work` at a lower priority, then tries to go back; returns what `work` returns or throws what it throws. */
export async function inBackground<T>(work: () => Promise<T>, port: PriorityPort = osPriority): Promise<T> {
  const before = tryGet(port);
  const lowered = before !== null && trySet(port, Math.min(LOWEST, before + BACKGROUND_STEP));
  try {
    return await work();
  } finally {
    if (lowered) trySet(port, before);
  }
}

function tryGet(port: PriorityPort): number | null {
  try {
    return port.get();
  } catch {
    return null;
  }
}

function trySet(port: PriorityPort, priority: number): boolean {
  try {
    port.set(priority);
    return true;
  } catch {
    return false; // not permitted here (going back up without the privilege, say): the work goes on
  }
}
