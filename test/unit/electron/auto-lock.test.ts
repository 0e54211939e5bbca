// Auto-lock beyond the window's idle timer: with Electron mocked and the real backend on a temp
// folder, an encrypted map is locked (its key dropped, saves refused until unlocked) when the
// system suspends, the screen locks, or the window's page crashes, and the window is told to
// clear itself. A plain map is left open: there is no key to drop.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, MENU_COMMAND_CHANNEL, type OpenResult } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

let base: string;
const savedEnv = process.env.COALITION_DATA_DIR;
const trusted = { senderFrame: { parent: null, url: 'app://bundle/index.html' } };
const PASSPHRASE = 'lantern by the river';

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'coalition-autolock-'));
  process.env.COALITION_DATA_DIR = join(base, 'data');
  vi.resetModules();
});

afterEach(async () => {
  if (savedEnv === undefined) delete process.env.COALITION_DATA_DIR;
  else process.env.COALITION_DATA_DIR = savedEnv;
  await rm(base, { recursive: true, force: true });
});

async function boot() {
  const fake = await import('./fake-electron');
  const electron = await fake.fakeElectron();
  fake.resetFakeElectron(electron);
  electron.app.appPath = join(base, 'app');
  const main = await import('../../../electron/main/index');
  await main.started;
  const call = (name: Parameters<typeof ipcChannel>[0], args: object = {}) => electron.ipcMain.handlers.get(ipcChannel(name))?.(trusted, args);
  const window = electron.BrowserWindow.created[0];
  if (!window) throw new Error('no window');
  const opened = (await call('startSession')) as OpenResult;
  if (opened.status !== 'opened') throw new Error('the sample did not open');
  return { electron, call, window, opened };
}

/** Resolves once a save is refused because the map was closed (locked), or fails after a while. */
async function expectLocked(call: Awaited<ReturnType<typeof boot>>['call'], opened: Extract<OpenResult, { status: 'opened' }>) {
  await vi.waitFor(() => expect(call('saveMap', { map: opened.map })).rejects.toThrow(/No map is open/));
  const again = (await call('startSession')) as OpenResult;
  expect(again).toMatchObject({ status: 'problem', reason: 'encrypted' });
}

describe('auto-lock on system events', () => {
  it.each(['suspend', 'lock-screen'])('locks an encrypted map on %s and tells the window', async (event) => {
    const { electron, call, window, opened } = await boot();
    await call('setPassphrase', { current: null, next: PASSPHRASE });
    electron.powerMonitor.emit(event);
    await expectLocked(call, opened);
    expect(window.webContents.sent).toContainEqual([MENU_COMMAND_CHANNEL, 'lock-now']);
    // The right passphrase opens it again.
    await expect(call('unlockMap', { path: opened.file.path, passphrase: PASSPHRASE })).resolves.toMatchObject({ status: 'opened' });
  });

  it('locks an encrypted map when the window\'s page crashes', async () => {
    const { call, window, opened } = await boot();
    await call('setPassphrase', { current: null, next: PASSPHRASE });
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
    await expectLocked(call, opened);
  });

  it('leaves a plain map open and the window alone', async () => {
    const { electron, call, window, opened } = await boot();
    electron.powerMonitor.emit('suspend');
    electron.powerMonitor.emit('lock-screen');
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
    await expect(call('saveMap', { map: opened.map })).resolves.toHaveProperty('revision');
    expect(window.webContents.sent.filter(([, command]) => command === 'lock-now')).toEqual([]);
  });
});
