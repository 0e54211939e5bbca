// What every handler module is given: the session, the native dialogs, and the queue. The rule:
// work that changes the open map, its key, its files, the settings or the audit log runs in the
// queue, one piece at a time. Slow work that changes none of these (dialogs waiting for the user,
// printing, reading a file to import, writing an export) stays outside, so a save never waits on it.
import type { Dialogs, PagePrinter } from '../dialogs-port';
import type { MapSession } from './map-session';
import type { Queue } from '../queue';

export interface HandlerContext {
  readonly session: MapSession;
  readonly dialogs: Dialogs;
  /** Prints the window for the PDF brief; absent in the CLI. */
  readonly printer: PagePrinter | undefined;
  /** Runs a change to the open map, its key, its files, the settings or the audit log after the one before. */
  readonly inOrder: Queue;
}
