// The app's life: one instance, the app scheme, the hardening rules, the backend behind the IPC
// contract, the menu and the window; on quit, the backend finishes its writes before the process
// ends. Deliberately thin: every piece lives in its own tested module. No crash reporter, no
// auto-updater, nothing that talks to the network.
import { join } from 'node:path';
import { app, dialog, Menu, powerMonitor, protocol, session, shell, type BrowserWindow } from 'electron';
import { CHANNEL_NAMES, type ChannelName, type CoalitionBackend } from '../../shared/ipc';
import { APP_START_URL, handleAppProtocol, registerAppScheme } from './app-protocol';
import { lockOnCrash, lockOnSystemEvents } from './auto-lock';
import { createBackend } from './backend';
import { prepareDataDir } from './data-dir';
import { createElectronDialogs, createWindowPrinter } from './electron-dialogs';
import { installHardening } from './hardening';
import { registerContractOnIpcMain, sendMenuCommand, sendOpenRecent } from './ipc';
import { buildMenuTemplate } from './menu';
import { createMainWindow } from './window';

/** After these calls the recent-maps list may have changed, so File > Open recent is rebuilt. */
const CHANGES_RECENT: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'startSession',
  'newMap',
  'openMapDialog',
  'openRecent',
  'saveMapAsDialog',
  'restoreBackup',
]);

/** The same backend, with `afterChange` run once a call that may touch the recent list has succeeded. */
function refreshingAfterRecentChanges(backend: CoalitionBackend, afterChange: () => void): CoalitionBackend {
  const wrapped: Record<string, (args: never) => Promise<unknown>> = {};
  for (const name of CHANNEL_NAMES) {
    const call = backend[name] as (args: never) => Promise<unknown>;
    wrapped[name] = async (args) => {
      const result = await call.call(backend, args);
      if (CHANGES_RECENT.has(name)) afterChange();
      return result;
    };
  }
  return wrapped as unknown as CoalitionBackend;
}

function focusWindow(window: BrowserWindow | null): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Holds the quit until `close` has finished (pending saves flushed, map lock released), then quits for real. */
function closeBeforeQuit(close: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => console.error('Coalition Mapper did not shut down cleanly:', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

export async function main(): Promise<void> {
  // A second copy writing the same maps would race the first: it hands over to the first and quits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Every renderer sandboxed, whatever a future window's options say.
  app.enableSandbox();
  registerAppScheme(protocol);
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(window));
  // One window; closing it ends the app on every platform, which also releases the map's lock.
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  installHardening({ app, session, shell });
  const appRoot = app.getAppPath();
  handleAppProtocol(protocol, join(appRoot, 'dist', 'renderer'));

  const dataDir = await prepareDataDir(process.env, app);
  const backend = await createBackend({ dataDir, dialogs: createElectronDialogs(() => window), printer: createWindowPrinter(() => window) });

  const refreshMenu = async (): Promise<void> => {
    const recent = await backend.listRecent({}).catch(() => []);
    const template = buildMenuTemplate(
      {
        send: (command) => {
          if (window) sendMenuCommand(window.webContents, command);
        },
        openRecent: (path) => {
          if (window) sendOpenRecent(window.webContents, path);
        },
      },
      { recent, isPackaged: app.isPackaged, platform: process.platform },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const unregister = registerContractOnIpcMain(refreshingAfterRecentChanges(backend, () => void refreshMenu()));
  closeBeforeQuit(async () => {
    unregister();
    await backend.close();
  });
  await refreshMenu();

  // The window's script asks for the last map as it starts; opening it now overlaps its loading.
  backend.startSessionEarly();
  window = createMainWindow(
    { isPackaged: app.isPackaged, preloadPath: join(appRoot, 'dist', 'preload', 'index.cjs') },
    APP_START_URL,
  );
  window.on('closed', () => {
    window = null;
  });
  const lockFailed = (error: unknown): void => console.error('Coalition Mapper could not lock the map:', error);
  lockOnSystemEvents({
    powerMonitor,
    lock: () => backend.lockIfEncrypted(),
    tellWindow: (command) => {
      if (window) sendMenuCommand(window.webContents, command);
    },
    onError: lockFailed,
  });
  lockOnCrash(window.webContents, () => backend.lockIfEncrypted(), lockFailed);
}

/** Settles when start-up is over; a failure is shown to the user in plain words and ends the app. */
export const started: Promise<void> = main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Coalition Mapper could not start', message);
  app.exit(1);
});
