// SEC-1: the real window factory, with Electron mocked, makes a locked-down window.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, FakeBrowserWindow } from './fake-electron';
import { createMainWindow, createMainWindowOptions, UNSAVED_QUESTION } from '../../../electron/main/window';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const preloadPath = '/opt/coalition/dist/preload/index.cjs';

describe('createMainWindowOptions', () => {
  for (const isPackaged of [true, false]) {
    it(`locks down webPreferences (${isPackaged ? 'packaged' : 'development'})`, () => {
      const options = createMainWindowOptions({ isPackaged, preloadPath });
      const prefs = options.webPreferences ?? {};
      expect(prefs.contextIsolation).toBe(true);
      expect(prefs.sandbox).toBe(true);
      expect(prefs.nodeIntegration).toBe(false);
      expect(prefs.nodeIntegrationInWorker).toBe(false);
      expect(prefs.nodeIntegrationInSubFrames).toBe(false);
      expect(prefs.webSecurity).toBe(true);
      expect(prefs.allowRunningInsecureContent).toBe(false);
      expect(prefs.experimentalFeatures).toBe(false);
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      expect(prefs.webviewTag).toBe(false);
      expect(prefs.spellcheck).toBe(false);
      expect(prefs.preload).toBe(preloadPath);
      expect(prefs.devTools).toBe(!isPackaged);
    });
  }

  it('has the app title, a background colour and a usable size', () => {
    const options = createMainWindowOptions({ isPackaged: true, preloadPath });
    expect(options.title).toBe('Coalition Mapper');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.width).toBeGreaterThanOrEqual(1024);
    expect(options.height).toBeGreaterThanOrEqual(700);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.show).toBe(false);
  });
});

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.created.length = 0;
  });

  it('builds the window from the locked-down options and loads the given app URL', () => {
    const window = createMainWindow({ isPackaged: true, preloadPath }, 'app://bundle/index.html');
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const made = FakeBrowserWindow.created[0];
    expect(made).toBe(window);
    expect(made?.options).toEqual(createMainWindowOptions({ isPackaged: true, preloadPath }));
    expect(made?.loadedUrls).toEqual(['app://bundle/index.html']);
  });

  it('shows the window only once its first frame is ready', () => {
    createMainWindow({ isPackaged: false, preloadPath }, 'app://bundle/index.html');
    const made = FakeBrowserWindow.created[0];
    expect(made?.show).not.toHaveBeenCalled();
    made?.emit('ready-to-show');
    expect(made?.show).toHaveBeenCalledTimes(1);
  });

  it('asks before a close would lose typed work, and closes only on "Close anyway"', async () => {
    const electron = await fakeElectron();
    const made = createMainWindow({ isPackaged: true, preloadPath }, 'app://bundle/index.html');
    for (const [answer, closes] of [[0, false], [1, true]] as const) {
      electron.dialog.showMessageBoxSync.mockReturnValueOnce(answer);
      const event = { preventDefault: vi.fn() };
      made.webContents.emit('will-prevent-unload', event);
      expect(event.preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0);
    }
    expect(electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
    const [owner, options] = electron.dialog.showMessageBoxSync.mock.calls[0] as unknown as [unknown, { message: string; buttons: string[]; cancelId: number }];
    expect(owner).toBe(made);
    expect(options.message).toBe(UNSAVED_QUESTION.message);
    expect(options.buttons).toEqual(['Stay', 'Close anyway']);
    expect(options.cancelId).toBe(0);
  });
});
