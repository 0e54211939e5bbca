// The Dialogs port answered by Electron's native dialogs (mocked): filters, parent window, cancel.
import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, type FakeElectron } from './fake-electron';
import { createElectronDialogs, IMPORT_FILE_FILTERS, MAP_FILE_FILTERS } from '../../../electron/main/electron-dialogs';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

let electron: FakeElectron;
const window = { id: 1 } as unknown as BrowserWindow;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.dialog.showOpenDialog.mockReset();
  electron.dialog.showSaveDialog.mockReset();
});

describe('chooseMapToOpen', () => {
  it('asks for one map file, attached to the window, and returns its path', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/someone/harlow.coalition.json'] });
    const dialogs = createElectronDialogs(() => window);
    await expect(dialogs.chooseMapToOpen()).resolves.toBe('/home/someone/harlow.coalition.json');
    const [parent, options] = electron.dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, { properties: string[]; filters: unknown }];
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters).toEqual(MAP_FILE_FILTERS);
    expect(MAP_FILE_FILTERS[0]).toEqual({ name: 'Coalition maps', extensions: ['coalition.json'] });
  });

  it('returns null when the user cancels, and works before the window exists', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const dialogs = createElectronDialogs(() => null);
    await expect(dialogs.chooseMapToOpen()).resolves.toBeNull();
    expect(electron.dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });
});

describe('chooseMapSaveLocation', () => {
  it('suggests the file name, confirms overwrites and returns the chosen path', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/someone/harlow-copy.coalition.json' });
    const dialogs = createElectronDialogs(() => window);
    await expect(dialogs.chooseMapSaveLocation('harlow.coalition.json')).resolves.toBe('/home/someone/harlow-copy.coalition.json');
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [unknown, { defaultPath: string; properties: string[] }];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe('harlow.coalition.json');
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('returns null when the user cancels or no path comes back', async () => {
    const dialogs = createElectronDialogs(() => window);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(dialogs.chooseMapSaveLocation('x.coalition.json')).resolves.toBeNull();
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' });
    await expect(dialogs.chooseMapSaveLocation('x.coalition.json')).resolves.toBeNull();
  });
});

describe('chooseFileToImport', () => {
  it('offers sheets, graphs and maps for an import, only maps for a merge, and returns the path', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/someone/people.csv'] });
    const dialogs = createElectronDialogs(() => window);
    await expect(dialogs.chooseFileToImport('import')).resolves.toBe('/home/someone/people.csv');
    await expect(dialogs.chooseFileToImport('merge')).resolves.toBe('/home/someone/people.csv');
    const calls = electron.dialog.showOpenDialog.mock.calls as unknown as [unknown, { filters: unknown; properties: string[] }][];
    expect(calls[0]?.[1].filters).toEqual(IMPORT_FILE_FILTERS);
    expect(IMPORT_FILE_FILTERS[0]?.extensions).toEqual(['csv', 'xlsx', 'gexf', 'graphml', 'coalition.json', 'json']);
    expect(calls[1]?.[1].filters).toEqual(MAP_FILE_FILTERS);
    expect(calls[1]?.[1].properties).toEqual(['openFile']);
  });

  it('returns null when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(createElectronDialogs(() => null).chooseFileToImport('import')).resolves.toBeNull();
  });
});
