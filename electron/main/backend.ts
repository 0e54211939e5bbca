// The app's Node-side behaviour, one async function per contract channel, with no Electron in
// sight: the IPC layer, the CLI and the end-to-end harness all drive this same object. The open
// map lives in a MapSession; the channels live in handler modules by concern (backend/*). Changes
// to the session run one at a time in one queue; dialogs, prints, import reads and export writes
// stay outside it, so a save never waits behind them (backend/context.ts).
import type { CoalitionBackend } from '../../shared/ipc';
import { createBackupHandlers } from './backend/backups';
import { createExportHandlers } from './backend/exports';
import { createImportHandlers } from './backend/imports';
import { MapSession } from './backend/map-session';
import { createMapHandlers } from './backend/maps';
import { createQueue } from './queue';
import { createSecurityHandlers } from './backend/security';
import { createSharingHandlers } from './backend/sharing';
import type { Dialogs, PagePrinter } from './dialogs-port';

export { SAMPLE_FILE_NAME } from './backend/maps';

export type Backend = CoalitionBackend & {
  close(): Promise<void>;
  /** Locks the open map when it is encrypted (suspend, screen lock, a crashed window); true when it did. */
  lockIfEncrypted(): Promise<boolean>;
  /** Starts opening the last map before the window asks for it (called as the window is created). */
  startSessionEarly(): void;
};

export interface BackendOptions {
  readonly dataDir: string;
  readonly dialogs: Dialogs;
  /** Prints the window for the PDF brief; without one (the CLI), saveBriefPdf says it cannot print. */
  readonly printer?: PagePrinter;
  readonly clock?: () => Date;
}

export async function createBackend(options: BackendOptions): Promise<Backend> {
  const session = await MapSession.start(options.dataDir, options.clock ?? (() => new Date()));
  const inOrder = createQueue();
  const ctx = { session, dialogs: options.dialogs, printer: options.printer, inOrder };
  const maps = createMapHandlers(ctx);
  const security = createSecurityHandlers(ctx);
  // Its saveMap, saveMapPatch and setPassphrase wrap the map and security handlers' (spread after them).
  const { stopSharing, ...sharing } = createSharingHandlers(ctx, { ...maps, setPassphrase: security.setPassphrase });
  return {
    ...maps,
    ...createBackupHandlers(ctx),
    ...createImportHandlers(ctx),
    ...createExportHandlers(ctx),
    ...security,
    ...sharing,
    lockIfEncrypted: () =>
      inOrder(async () => {
        if (session.store === null || session.codec === null) return false;
        await session.lock();
        return true;
      }),
    /** Closes the open map after whatever is under way, and forgets its key. */
    close: async () => {
      await stopSharing();
      return inOrder(() => session.close());
    },
  };
}
