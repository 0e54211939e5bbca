// The app's start-up and shut-down (SEC-13): the real main module with Electron mocked and the real
// backend writing to a temporary data folder.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, type OpenResult } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const trusted = { senderFrame: { parent: null, url: 'app://bundle/index.html' } };
let base: string;
let dataDir: string;
/** The last booted app's IPC handlers, to let its early session finish before its folder goes. */
let handlers: Map<string, (...args: unknown[]) => unknown> | null = null;
const savedEnv = process.env.COALITION_DATA_DIR;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'coalition-main-'));
  dataDir = join(base, 'data');
  process.env.COALITION_DATA_DIR = dataDir;
  vi.resetModules();
});

afterEach(async () => {
  // The main process opens the last map as the window is created (startSessionEarly); the
  // window's first startSession takes that answer, so asking once waits until nothing writes here.
  await handlers?.get(ipcChannel('startSession'))?.(trusted, {});
  handlers = null;
  if (savedEnv === undefined) delete process.env.COALITION_DATA_DIR;
  else process.env.COALITION_DATA_DIR = savedEnv;
  await rm(base, { recursive: true, force: true });
});

/** Loads a fresh copy of the main module (which starts the app) and waits for start-up to settle. */
async function boot(options: { lockGranted?: boolean } = {}) {
  const fake = await import('./fake-electron');
  const electron = await fake.fakeElectron();
  fake.resetFakeElectron(electron);
  electron.app.lockGranted = options.lockGranted ?? true;
  electron.app.appPath = join(base, 'app');
  const main = await import('../../../electron/main/index');
  await main.started;
  handlers = electron.ipcMain.handlers as Map<string, (...args: unknown[]) => unknown>;
  return { electron, callLog: electron.callLog, windows: electron.BrowserWindow.created };
}


describe('start-up', () => {
  it('a second copy asks for the single-instance lock first, then quits without touching anything', async () => {
    const { electron, callLog, windows } = await boot({ lockGranted: false });
    expect(callLog).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(windows).toHaveLength(0);
    await expect(stat(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it('takes the lock before the scheme, the backend, the IPC handlers and the window', async () => {
    const { callLog } = await boot();
    const first = (entry: string) => callLog.indexOf(entry);
    expect(first('app.requestSingleInstanceLock')).toBe(0);
    expect(first('app.enableSandbox')).toBeGreaterThan(0);
    expect(first('app.enableSandbox')).toBeLessThan(first('app.whenReady'));
    expect(first('protocol.registerSchemesAsPrivileged')).toBeLessThan(first('app.whenReady'));
    expect(first('app.whenReady')).toBeLessThan(first('protocol.handle'));
    expect(first('protocol.handle')).toBeLessThan(first('ipcMain.handle'));
    expect(first('ipcMain.handle')).toBeLessThan(first('new BrowserWindow'));
    expect(first('Menu.setApplicationMenu')).toBeLessThan(first('new BrowserWindow'));
    expect(callLog.filter((c) => c === 'new BrowserWindow')).toHaveLength(1);
  });

  it('opens one hardened window on the app origin with the built preload', async () => {
    const { electron, windows } = await boot();
    const window = windows[0];
    expect(window?.loadedUrls).toEqual(['app://bundle/index.html']);
    expect(window?.options.webPreferences?.preload).toBe(join(base, 'app', 'dist', 'preload', 'index.cjs'));
    expect(window?.options.webPreferences?.sandbox).toBe(true);
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
    expect(electron.session.defaultSession.requestHandler).not.toBeNull();
    expect(electron.session.defaultSession.beforeRequest).not.toBeNull();
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('keeps its data in COALITION_DATA_DIR, private to the user', async () => {
    await boot();
    if (process.platform !== 'win32') expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
  });

  it('answers the contract through the real backend and lists the opened map under Open recent', async () => {
    const { electron } = await boot();
    const startSession = electron.ipcMain.handlers.get(ipcChannel('startSession'));
    const opened = (await startSession?.(trusted, {})) as OpenResult;
    expect(opened.status).toBe('opened');
    expect(await readdir(join(dataDir, 'maps'))).toContain(opened.file.fileName);
    await vi.waitFor(() => expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2));
    const built = electron.Menu.buildFromTemplate.mock.results.at(-1)?.value as { template: MenuItemConstructorOptions[] };
    const file = built.template.find((m) => m.label === '&File')?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((i) => i.label === 'Open recent')?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((i) => i.label).join('\n')).toContain(opened.file.fileName);
  });

  it('a second launch focuses the existing window', async () => {
    const { electron, windows } = await boot();
    windows[0]?.emit('ready-to-show');
    windows[0]!.minimized = true;
    electron.app.emit('second-instance', {}, [], '/');
    expect(windows[0]?.restore).toHaveBeenCalled();
    expect(windows[0]?.focus).toHaveBeenCalled();
  });

  it('a start-up failure is told in plain words and ends the app', async () => {
    process.env.COALITION_DATA_DIR = 'relative/maps';
    const { electron, windows } = await boot();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith('Coalition Mapper could not start', expect.stringMatching(/absolute path/));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(windows).toHaveLength(0);
  });
});

describe('shut-down', () => {
  it('holds the quit until the backend has closed, then quits for real', async () => {
    const { electron } = await boot();
    const opened = (await electron.ipcMain.handlers.get(ipcChannel('startSession'))?.(trusted, {})) as OpenResult;
    const lockFile = `${opened.file.path}.lock`;
    await expect(stat(lockFile)).resolves.toBeTruthy();
    const firstQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', firstQuit);
    expect(firstQuit.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(electron.ipcMain.handlers.size).toBe(0);
    // The backend closed the map: its lock is released, so the next launch can open it.
    await expect(stat(lockFile)).rejects.toThrow(/ENOENT/);
    const secondQuit = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', secondQuit);
    expect(secondQuit.preventDefault).not.toHaveBeenCalled();
  });

  it('closing the window quits the app', async () => {
    const { electron } = await boot();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });
});
