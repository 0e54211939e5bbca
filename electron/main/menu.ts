// The application menu as plain data. Items that act on the map do nothing here: they send a
// MenuCommand to the window, which owns the map and its undo history. Only clipboard, zoom and quit
// use Electron's built-in roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentMap } from '../../shared/ipc';

export interface MenuActions {
  /** Forwards a command to the window (sendMenuCommand). */
  readonly send: (command: MenuCommand) => void;
  /** Asks the window to open a map from the recent list (sendOpenRecent). */
  readonly openRecent: (path: string) => void;
}

export interface MenuOptions {
  readonly recent: readonly RecentMap[];
  /** Developer tools are offered only in development builds. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
}

export const MAX_RECENT_MENU_ITEMS = 10;

/** Menu labels treat `&` as a mnemonic marker on Windows and Linux; a coalition called "A & B" must show as typed. */
function literalLabel(text: string): string {
  return text.replaceAll('&', '&&');
}

function recentItems(recent: readonly RecentMap[], actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No recent maps', enabled: false }];
  return recent.slice(0, MAX_RECENT_MENU_ITEMS).map((entry) => ({
    label: literalLabel(entry.coalitionName ? `${entry.coalitionName} (${entry.fileName})` : entry.fileName),
    click: () => actions.openRecent(entry.path),
  }));
}

function command(label: string, sent: MenuCommand, actions: MenuActions, accelerator?: string): MenuItemConstructorOptions {
  return { label, click: () => actions.send(sent), ...(accelerator ? { accelerator } : {}) };
}

export function buildMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New map', 'new-map', actions, 'CmdOrCtrl+N'),
      command('New sample map', 'new-sample-map', actions),
      { type: 'separator' },
      command('Open…', 'open-map', actions, 'CmdOrCtrl+O'),
      { label: 'Open recent', submenu: recentItems(options.recent, actions) },
      { type: 'separator' },
      // Every edit is saved as it happens; "Save as" writes a copy elsewhere and switches to it.
      command('Save as…', 'save-map-as', actions, 'Shift+CmdOrCtrl+S'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      // Map edits, not text edits: the window decides what Undo means where the focus is.
      command('Undo', 'undo', actions, 'CmdOrCtrl+Z'),
      command('Redo', 'redo', actions, 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Map', 'show-map', actions, 'CmdOrCtrl+1'),
      command('List', 'show-list', actions, 'CmdOrCtrl+2'),
      command('Fit map', 'fit-map', actions, 'Shift+CmdOrCtrl+0'),
      command('Find…', 'find', actions, 'CmdOrCtrl+F'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  // The window also opens the list on `?`; the menu item is for those who look for it here.
  const help: MenuItemConstructorOptions = { label: '&Help', submenu: [command('Keyboard shortcuts', 'show-shortcuts', actions)] };
  return [...(isMac ? [{ role: 'appMenu' } as const] : []), file, edit, view, { role: 'windowMenu' }, help];
}
