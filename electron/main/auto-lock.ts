// Locking an encrypted map when the person walks away without waiting for the window's idle timer:
// when the system suspends or the screen locks (Electron's powerMonitor), and when the window's
// page crashes or is killed (webContents 'render-process-gone'), which stops that timer for good.
// The Node side drops the key first, so the map is locked even if the window never answers; then
// a live window is told to clear itself and show the unlock screen.
import type { MenuCommand } from '../../shared/ipc';

/** powerMonitor events after which nobody may be at the screen. */
export const LOCK_EVENTS = ['suspend', 'lock-screen'] as const;

interface Emitter {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

export interface AutoLockOptions {
  readonly powerMonitor: Emitter;
  /** Drops the open map's key when it is encrypted; true when it locked something. */
  readonly lock: () => Promise<boolean>;
  /** Tells the window to clear itself (a menu command), when there is a live window. */
  readonly tellWindow: (command: MenuCommand) => void;
  readonly onError?: (error: unknown) => void;
}

/** Locks on suspend and screen lock; returns a function that stops listening. */
export function lockOnSystemEvents(options: AutoLockOptions): () => void {
  const lockNow = (): void => {
    options
      .lock()
      .then((locked) => {
        if (locked) options.tellWindow('lock-now');
      })
      .catch((error: unknown) => options.onError?.(error));
  };
  for (const event of LOCK_EVENTS) options.powerMonitor.on(event, lockNow);
  return () => {
    for (const event of LOCK_EVENTS) options.powerMonitor.removeListener(event, lockNow);
  };
}

/** Locks when the window's page is gone (crash, out of memory, killed): its idle timer died with it. */
export function lockOnCrash(webContents: Pick<Emitter, 'on'>, lock: () => Promise<boolean>, onError?: (error: unknown) => void): void {
  webContents.on('render-process-gone', () => {
    lock().catch((error: unknown) => onError?.(error));
  });
}
