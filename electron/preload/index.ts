// The bridge between the sandboxed page and the main process, and the only file that touches
// ipcRenderer. It exposes `window.coalition`: one function per contract channel (built from the
// contract's own name list, so nothing extra can slip in) and two menu subscriptions.
// The page never gets ipcRenderer, the IPC event object, require or process.
// Built as CommonJS (dist/preload/index.cjs): a sandboxed preload cannot load ES modules, and it may
// only import 'electron' and shared/ (bundled in).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  CHANNEL_NAMES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  MENU_OPEN_RECENT_CHANNEL,
  ipcChannel,
  type CoalitionApi,
  type MenuCommand,
} from '../../shared/ipc';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Relays one main -> window channel: the listener gets only a payload that passes `accept`, never the event. */
function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('a menu subscription needs a function');
  const relay = (_event: IpcRendererEvent, payload: unknown): void => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

function isRecentPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 4_096;
}

const onMenuCommand = (listener: (command: MenuCommand) => void) => subscribe(MENU_COMMAND_CHANNEL, isMenuCommand, listener);
const onMenuOpenRecent = (listener: (path: string) => void) => subscribe(MENU_OPEN_RECENT_CHANNEL, isRecentPath, listener);

function buildApi(): CoalitionApi {
  const calls: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const name of CHANNEL_NAMES) {
    const channel = ipcChannel(name);
    calls[name] = (args: unknown) => ipcRenderer.invoke(channel, args);
  }
  // The record holds exactly one invoker per contract channel, which is what CoalitionApi describes.
  return Object.freeze({ ...calls, onMenuCommand, onMenuOpenRecent }) as unknown as CoalitionApi;
}

contextBridge.exposeInMainWorld('coalition', buildApi());
