// The only file that touches ipcMain. Every channel of the contract (shared/ipc.ts) is registered
// through one wrapper that checks who is asking (the app's own top-level page, nothing else), how
// much they sent, and what they sent (the channel's strict schema), before the backend sees it.
import { ipcMain as electronIpcMain, type IpcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  CHANNEL_NAMES,
  MAX_PAYLOAD_BYTES,
  MENU_COMMAND_CHANNEL,
  MENU_COMMANDS,
  MENU_OPEN_RECENT_CHANNEL,
  ipcChannel,
  parseChannelArgs,
  type ChannelName,
  type ChannelResult,
  type CoalitionBackend,
  type MenuCommand,
} from '../../shared/ipc';
import { isAppOriginUrl } from './app-protocol';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export interface ContractOptions {
  /** Who may call; defaults to the app's top-level page on `app://bundle`. */
  readonly isTrustedSender?: SenderCheck;
}

/** Channels that carry a whole map, a map's changed sections or an export's bytes; every other argument is a few short strings. */
const MAP_CARRYING_CHANNELS: ReadonlySet<ChannelName> = new Set<ChannelName>(['saveMap', 'saveMapPatch', 'stageMapPatch', 'saveMapAsDialog', 'saveExportFile']);
/** Generous for paths and names, far below anything that could hurt the main process. */
export const SMALL_PAYLOAD_BYTES = 64 * 1024;

export function payloadLimit(name: ChannelName): number {
  return MAP_CARRYING_CHANNELS.has(name) ? MAX_PAYLOAD_BYTES : SMALL_PAYLOAD_BYTES;
}

/** The sender must be the top frame (no iframe, however it got there) showing the app's own origin. */
export function isAppTopFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppOriginUrl(frame.url);
}

/** JSON length of the argument; a value JSON cannot express (cycles, BigInt) is refused outright. */
function serializedLength(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Errors cross to the window as one plain sentence: no stack, no error class, no wrapped cause. */
function plainError(error: unknown): Error {
  return new Error(error instanceof Error ? error.message : String(error));
}

function guardedHandler<K extends ChannelName>(name: K, backend: CoalitionBackend, isTrusted: SenderCheck) {
  return async (event: IpcMainInvokeEvent, raw: unknown): Promise<ChannelResult<K>> => {
    if (!isTrusted(event)) throw new Error(`${name} refused: the request did not come from the app's own page`);
    try {
      const bytes = serializedLength(raw);
      const limit = payloadLimit(name);
      if (bytes > limit) throw new Error(`${name} refused: the request is too large (${bytes} of at most ${limit} characters)`);
      const args = parseChannelArgs(name, raw, bytes);
      const call: CoalitionBackend[K] = backend[name];
      return await call(args);
    } catch (error) {
      throw plainError(error);
    }
  };
}

/**
 * Registers one handler per contract channel and nothing else. Returns a function that removes
 * them again (used when the app shuts down, and by tests).
 */
export function registerContract(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  backend: CoalitionBackend,
  options: ContractOptions = {},
): () => void {
  const isTrusted = options.isTrustedSender ?? isAppTopFrame;
  for (const name of CHANNEL_NAMES) ipcMain.handle(ipcChannel(name), guardedHandler(name, backend, isTrusted));
  return () => {
    for (const name of CHANNEL_NAMES) ipcMain.removeHandler(ipcChannel(name));
  };
}

/** The same, on Electron's own ipcMain: what the app's entry point calls, so no other file touches IPC. */
export function registerContractOnIpcMain(backend: CoalitionBackend, options: ContractOptions = {}): () => void {
  return registerContract(electronIpcMain, backend, options);
}

/** Main -> window: a menu item was chosen. Only known commands are sent, and never to a closed window. */
export function sendMenuCommand(webContents: Pick<WebContents, 'send' | 'isDestroyed'>, command: MenuCommand): void {
  if (!MENU_COMMANDS.includes(command)) throw new Error(`unknown menu command "${String(command)}"`);
  if (webContents.isDestroyed()) return;
  webContents.send(MENU_COMMAND_CHANNEL, command);
}

/** Main -> window: a map was picked under File > Open recent; the window opens it through `openRecent`. */
export function sendOpenRecent(webContents: Pick<WebContents, 'send' | 'isDestroyed'>, path: string): void {
  if (webContents.isDestroyed()) return;
  webContents.send(MENU_OPEN_RECENT_CHANNEL, path);
}
