// A stand-in for the `electron` module (the binary cannot be installed here). It records what the
// app's real code asks of Electron, in order, so tests can check the calls and their arguments.
// Use it with: vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron())
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

/** Every call to a fake, in order: "app.requestSingleInstanceLock", "new BrowserWindow", ... */
export const callLog: string[] = [];

type WindowOpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: Array<readonly [string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    callLog.push('new BrowserWindow');
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return false;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;

type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession {
  /** What onBeforeRequest was given: the URL patterns and the listener. */
  beforeRequest: { filter: { urls: string[] }; listener: BeforeRequestListener } | null = null;
  readonly webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: BeforeRequestListener): void => {
      this.beforeRequest = { filter, listener };
    },
  };
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  deviceHandler: DevicePermissionHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: DevicePermissionHandler): void {
    this.deviceHandler = handler;
  }
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    callLog.push('ipcMain.handle');
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    lockGranted: true,
    isPackaged: false,
    appPath: join(tmpdir(), 'coalition-fake-app'),
    userDataPath: join(tmpdir(), 'coalition-fake-user-data'),
    enableSandbox: vi.fn(() => callLog.push('app.enableSandbox')),
    requestSingleInstanceLock: vi.fn((): boolean => {
      callLog.push('app.requestSingleInstanceLock');
      return app.lockGranted;
    }),
    whenReady: vi.fn((): Promise<void> => {
      callLog.push('app.whenReady');
      return Promise.resolve();
    }),
    quit: vi.fn(() => callLog.push('app.quit')),
    exit: vi.fn(),
    getAppPath: vi.fn((): string => app.appPath),
    getPath: vi.fn((name: string): string => {
      if (name !== 'userData') throw new Error(`unexpected app.getPath("${name}")`);
      return app.userDataPath;
    }),
  });
  const defaultSession = new FakeSession();
  return {
    callLog,
    app,
    powerMonitor: new EventEmitter(),
    session: { defaultSession },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => callLog.push('protocol.registerSchemesAsPrivileged')),
      handle: vi.fn(() => callLog.push('protocol.handle')),
    },
    ipcMain: new FakeIpcMain(),
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(() => callLog.push('Menu.setApplicationMenu')),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: {
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn(),
      showErrorBox: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new EventEmitter(), { invoke: vi.fn(() => Promise.resolve('answer')) }),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron> & { readonly callLog: string[] };

/**
 * Puts a fake back to its first state. vi.resetModules() re-runs the app's modules but keeps the
 * mocked 'electron', so a test that boots the app twice must clear what the first boot left.
 */
export function resetFakeElectron(electron: FakeElectron): void {
  electron.callLog.length = 0;
  electron.BrowserWindow.created.length = 0;
  electron.app.removeAllListeners();
  electron.powerMonitor.removeAllListeners();
  electron.ipcMain.handlers.clear();
  electron.ipcRenderer.removeAllListeners();
  Object.assign(electron.session.defaultSession, { requestHandler: null, checkHandler: null, deviceHandler: null, beforeRequest: null });
  vi.clearAllMocks();
}

/** The mocked module as the fakes it is made of (call only in a file that mocks 'electron'). */
export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}
