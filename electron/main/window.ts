// The only place a BrowserWindow is made, so its security settings can be read and tested in one
// spot (a static test fails if `new BrowserWindow(` or `webPreferences` shows up anywhere else).
import { BrowserWindow, dialog, type BrowserWindowConstructorOptions } from 'electron';

export interface MainWindowSettings {
  /** Packaged builds have no developer tools. */
  readonly isPackaged: boolean;
  /** Absolute path of the built preload (dist/preload/index.cjs). */
  readonly preloadPath: string;
}

export const WINDOW_TITLE = 'Coalition Mapper';
/** Matches the renderer's page colour, so the window does not flash white before the first paint. */
export const WINDOW_BACKGROUND = '#f6f5f1';

export function createMainWindowOptions({ isPackaged, preloadPath }: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 820,
    minWidth: 760,
    minHeight: 520,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on ready-to-show: no half-drawn window.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Electron fetches spellcheck dictionaries from Google's CDN on Windows and Linux: no network, ever.
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: !isPackaged,
    },
  };
}

/** Makes the main window and starts loading `startUrl` (the app protocol's index page). */
export function createMainWindow(settings: MainWindowSettings, startUrl: string): BrowserWindow {
  const window = new BrowserWindow(createMainWindowOptions(settings));
  window.once('ready-to-show', () => window.show());
  askBeforeLosingWork(window);
  window.loadURL(startUrl).catch((error: unknown) => {
    // Only happens when the built renderer is missing: say so on the terminal that started the app.
    console.error(`Coalition Mapper could not load its window content (${startUrl}):`, error);
  });
  return window;
}

export const UNSAVED_QUESTION = {
  message: 'Some of what you typed is not saved yet.',
  detail: 'Close anyway and lose it, or stay and save it first.',
  buttons: ['Stay', 'Close anyway'],
} as const;

/**
 * The window's page asks to stay (beforeunload) while typed work is not on disk. Electron then
 * cancels the close without a word, so the question is asked here; "Close anyway" lets it go.
 */
export function askBeforeLosingWork(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: WINDOW_TITLE,
      message: UNSAVED_QUESTION.message,
      detail: UNSAVED_QUESTION.detail,
      buttons: [...UNSAVED_QUESTION.buttons],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // preventDefault on this event overrides the page's refusal: the window closes.
    if (choice === 1) event.preventDefault();
  });
}
