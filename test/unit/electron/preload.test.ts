// SEC-8: the preload exposes one function per contract channel plus the menu subscriptions, and
// nothing that would hand the page IPC, require or process.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeElectron, type FakeElectron } from './fake-electron';
import { CHANNEL_NAMES, MENU_COMMAND_CHANNEL, MENU_OPEN_RECENT_CHANNEL, ipcChannel } from '../../../shared/ipc';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const EXPECTED_NAMES = [...CHANNEL_NAMES, 'onMenuCommand', 'onMenuOpenRecent'].sort();

let electron: FakeElectron;
let api: Record<string, unknown>;

beforeAll(async () => {
  electron = await fakeElectron();
  await import('../../../electron/preload/index');
  const call = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown[] | undefined;
  api = call?.[1] as Record<string, unknown>;
});

function fn(name: string): (...args: unknown[]) => unknown {
  const value = api[name];
  if (typeof value !== 'function') throw new Error(`${name} is not a function`);
  return value as (...args: unknown[]) => unknown;
}

describe('the bridge', () => {
  it('is exposed once, as window.coalition', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('coalition');
  });

  it('holds only functions, named exactly after the contract', () => {
    expect(Object.keys(api).sort()).toEqual(EXPECTED_NAMES);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('hands out no IPC object, require or process', () => {
    const forbidden: unknown[] = [electron.ipcRenderer, process, globalThis.require, electron.ipcRenderer.invoke];
    for (const value of Object.values(api)) expect(forbidden).not.toContain(value);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('require');
    expect(api).not.toHaveProperty('process');
    expect(api).not.toHaveProperty('send');
    expect(api).not.toHaveProperty('invoke');
  });

  it('each contract function invokes its own channel with the argument and returns only the answer', async () => {
    for (const name of CHANNEL_NAMES) {
      electron.ipcRenderer.invoke.mockClear();
      const args = { probe: name };
      const answer = await fn(name)(args);
      expect(answer).toBe('answer');
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(name), args);
    }
  });
});

describe('menu subscriptions', () => {
  const ipcEvent = { sender: 'the IpcRendererEvent must never reach the page', ports: [] };

  it('onMenuCommand passes only the command, ignores unknown ones, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = fn('onMenuCommand')(listener) as () => void;
    electron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, ipcEvent, 'undo');
    electron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, ipcEvent, 'rm -rf');
    electron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, ipcEvent, { command: 'undo' });
    expect(listener.mock.calls).toEqual([['undo']]);
    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(MENU_COMMAND_CHANNEL)).toBe(0);
    electron.ipcRenderer.emit(MENU_COMMAND_CHANNEL, ipcEvent, 'redo');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('onMenuOpenRecent passes only the path string', () => {
    const listener = vi.fn();
    const unsubscribe = fn('onMenuOpenRecent')(listener) as () => void;
    electron.ipcRenderer.emit(MENU_OPEN_RECENT_CHANNEL, ipcEvent, '/home/someone/harlow.coalition.json');
    electron.ipcRenderer.emit(MENU_OPEN_RECENT_CHANNEL, ipcEvent, 42);
    electron.ipcRenderer.emit(MENU_OPEN_RECENT_CHANNEL, ipcEvent, '');
    expect(listener.mock.calls).toEqual([['/home/someone/harlow.coalition.json']]);
    unsubscribe();
    expect(electron.ipcRenderer.listenerCount(MENU_OPEN_RECENT_CHANNEL)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    expect(() => fn('onMenuCommand')('alert(1)')).toThrow(TypeError);
  });
});
