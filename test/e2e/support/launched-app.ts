// What every launch mode hands a test.
import type { Page } from 'playwright-core';
import type { MenuCommand } from '../../../shared/ipc';
import type { ScriptedDialogs } from './scripted-dialogs';

export interface LaunchOptions {
  /** The app's data folder (maps/, backups/, settings.json); a real temp directory in tests. */
  readonly dataDir: string;
  /** Answers for file dialogs; a fresh empty script (every dialog cancelled) when left out. */
  readonly dialogs?: ScriptedDialogs;
}

export interface LaunchedApp {
  readonly mode: 'electron' | 'chromium';
  readonly page: Page;
  /** Requests to anything but the app's own content that got past the CSP (and were aborted); tests expect none. */
  readonly requests: string[];
  /** Every non-local request the page started, including those its CSP blocked. */
  readonly attempted: string[];
  /** Page exceptions and console errors, in order. */
  readonly errors: string[];
  readonly dialogs: ScriptedDialogs;
  /** Does what choosing the application menu item does. */
  menu(command: MenuCommand): Promise<void>;
  /** Does what picking a map under File > Open recent does. */
  menuOpenRecent(path: string): Promise<void>;
  /** Closes the window, the server and the backend, which releases the map's lock. */
  close(): Promise<void>;
}
