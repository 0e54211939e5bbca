// The application menu template: what each item is called, which shortcut it has, and what it sends.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, MAX_RECENT_MENU_ITEMS, type MenuOptions } from '../../../electron/main/menu';
import { MENU_COMMANDS, type RecentMap } from '../../../shared/ipc';

function recent(n: number): RecentMap[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `/home/someone/maps/map-${i}.coalition.json`,
    fileName: `map-${i}.coalition.json`,
    coalitionName: i === 0 ? 'Harlow Bend Family Safety & Justice' : `Coalition ${i}`,
    openedAt: '2025-03-01T10:00:00.000Z',
  }));
}

function setUp(options: Partial<MenuOptions> = {}) {
  const actions = { send: vi.fn(), openRecent: vi.fn() };
  const template = buildMenuTemplate(actions, { recent: recent(2), isPackaged: true, platform: 'linux', ...options });
  return { actions, template };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item "${label}"`);
  return found;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View, Window and Help menus in that order', () => {
    const { template } = setUp();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', '&Help']);
  });

  it('Help lists the keyboard shortcuts', () => {
    const { template, actions } = setUp();
    const help = submenu(template, 'Help');
    expect(help.map((i) => i.label)).toEqual(['Keyboard shortcuts']);
    click(item(help, 'Keyboard shortcuts'));
    expect(actions.send.mock.calls).toEqual([['show-shortcuts']]);
  });

  it('File offers new, sample, open, recent, save as and quit', () => {
    const { template, actions } = setUp();
    const file = submenu(template, 'File');
    expect(file.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'New map',
      'New sample map',
      'Open…',
      'Open recent',
      'Save as…',
      'Quit',
    ]);
    expect(item(file, 'New map').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Quit').role).toBe('quit');
    click(item(file, 'New map'));
    click(item(file, 'New sample map'));
    click(item(file, 'Open…'));
    click(item(file, 'Save as…'));
    expect(actions.send.mock.calls).toEqual([['new-map'], ['new-sample-map'], ['open-map'], ['save-map-as']]);
  });

  it('Open recent lists recorded maps, opens them by path, and shows & literally', () => {
    const { template, actions } = setUp();
    const entries = item(submenu(template, 'File'), 'Open recent').submenu as MenuItemConstructorOptions[];
    expect(entries.map((e) => e.label)).toEqual([
      'Harlow Bend Family Safety && Justice (map-0.coalition.json)',
      'Coalition 1 (map-1.coalition.json)',
    ]);
    click(entries[1] as MenuItemConstructorOptions);
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/home/someone/maps/map-1.coalition.json');
    expect(actions.send).not.toHaveBeenCalled();
  });

  it('Open recent is capped, and says so when empty', () => {
    const many = setUp({ recent: recent(25) });
    expect((item(submenu(many.template, 'File'), 'Open recent').submenu as unknown[]).length).toBe(MAX_RECENT_MENU_ITEMS);
    const none = setUp({ recent: [] });
    expect(item(submenu(none.template, 'File'), 'Open recent').submenu).toEqual([{ label: 'No recent maps', enabled: false }]);
  });

  it('Edit has map undo/redo with the usual shortcuts and clipboard roles', () => {
    const { template, actions } = setUp();
    const edit = submenu(template, 'Edit');
    expect(item(edit, 'Undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(edit, 'Redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    click(item(edit, 'Undo'));
    click(item(edit, 'Redo'));
    expect(actions.send.mock.calls).toEqual([['undo'], ['redo']]);
  });

  it('View switches views, fits, finds and zooms', () => {
    const { template, actions } = setUp();
    const view = submenu(template, 'View');
    expect(item(view, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    for (const label of ['Map', 'List', 'Fit map', 'Find…']) click(item(view, label));
    expect(actions.send.mock.calls).toEqual([['show-map'], ['show-list'], ['fit-map'], ['find']]);
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('offers developer tools only in development builds', () => {
    const packaged = submenu(setUp({ isPackaged: true }).template, 'View');
    expect(packaged.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const development = submenu(setUp({ isPackaged: false }).template, 'View');
    expect(development.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('on macOS puts Quit in the app menu', () => {
    const { template } = setUp({ platform: 'darwin' });
    expect(template[0]?.role).toBe('appMenu');
    expect(submenu(template, 'File').some((i) => i.role === 'quit')).toBe(false);
  });

  it('sends only known menu commands', () => {
    const { template, actions } = setUp();
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const entry of items) {
        click(entry);
        if (Array.isArray(entry.submenu)) walk(entry.submenu);
      }
    };
    walk(template);
    for (const [command] of actions.send.mock.calls) expect(MENU_COMMANDS).toContain(command);
    // 'lock-now' is sent by the auto-lock (suspend, screen lock), not by a menu item.
    expect(new Set(actions.send.mock.calls.map(([c]) => c))).toEqual(new Set(MENU_COMMANDS.filter((c) => c !== 'lock-now')));
  });
});
