// Gives the page in plain Chromium the same `window.coalition` the preload gives it in Electron:
// one function per contract channel plus `onMenuCommand`. Each call crosses to Node through a
// Playwright binding and meets the contract's own checks, `parseChannelArgs` (size cap, reserved
// keys, the channel's strict schema), before the real backend runs it. Both legs carry JSON text. (electron/main/ipc.ts adds
// a tighter cap for small channels, but it imports electron at runtime, so it cannot load here.)
import type { BrowserContext, Page } from 'playwright-core';
import {
  CHANNEL_NAMES,
  parseChannelArgs,
  type ChannelName,
  type CoalitionBackend,
  type MenuCommand,
} from '../../../shared/ipc';

const CALL_BINDING = '__coalitionCall';
/** Replies longer than this reach the page by a same-origin fetch when the bridge has a server to offer them. */
const BIG_REPLY_CHARS = 1_000_000;

/** Holds a reply's JSON text for one fetch and returns its same-origin path (RendererServer.offer). */
export type Offer = (json: string) => string;
const MENU_HOOK = '__coalitionDispatchMenu';

function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}

function serializedLength(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Validates and runs one call; errors reach the page as one plain sentence, as over IPC. The
 * argument travels as JSON text: Playwright's own transport would silently drop an own
 * `__proto__` key, which Electron's structured clone keeps and the contract must see and refuse.
 */
async function callBackend(backend: CoalitionBackend, name: unknown, json: unknown, offer?: Offer): Promise<unknown> {
  if (!isChannelName(name)) throw new Error(`unknown channel "${String(name)}"`);
  try {
    const raw: unknown = typeof json === 'string' ? JSON.parse(json) : undefined;
    const args = parseChannelArgs(name, raw, serializedLength(raw));
    // `args` was parsed by this very channel's schema; TypeScript cannot follow the name through the union.
    const run = backend[name] as (parsed: typeof args) => Promise<unknown>;
    // The answer goes back as JSON text too: Playwright's own value serializer walks a big map
    // object by object and takes seconds for a 10,000-stakeholder map, where one string and the
    // page's JSON.parse take tens of milliseconds, closer to Electron's structured clone.
    const result = await run(args);
    if (result === undefined) return undefined;
    const text = JSON.stringify(result);
    // A big reply (a whole map) is fetched by the page from the same origin instead: as a string
    // through the binding, the page compiles it as a script literal and parses it again, some
    // 300 ms of the window's thread at 20,000 stakeholders that Electron's structured clone does
    // not spend; fetched, the page spends one JSON parse, about what the clone's reading costs.
    return offer && text.length > BIG_REPLY_CHARS ? { replyPath: offer(text) } : text;
  } catch (error) {
    throw new Error(error instanceof Error ? error.message : String(error));
  }
}

/**
 * The page-side half, run before any of the page's scripts (an init script is exempt from the
 * page's CSP). Written as source text, not a function, because the TypeScript transform may add
 * helpers (such as `__name`) that do not exist in the page.
 */
function windowCoalitionSource(config: { names: string[]; callBinding: string; menuHook: string }): string {
  return `(() => {
  const config = ${JSON.stringify(config)};
  // Two main -> renderer messages, as in the preload: menu commands and File > Open recent picks.
  const listeners = { command: new Set(), 'open-recent': new Set() };
  const subscribe = (kind) => (listener) => {
    if (typeof listener !== 'function') throw new TypeError('a menu subscription needs a function');
    listeners[kind].add(listener);
    return () => listeners[kind].delete(listener);
  };
  const api = {};
  for (const name of config.names) {
    // Looked up at call time: the binding is installed by Playwright, not by this script.
    api[name] = async (args) => {
      const answer = await window[config.callBinding](name, JSON.stringify(args));
      if (typeof answer === 'string') return JSON.parse(answer);
      if (answer && typeof answer.replyPath === 'string') {
        const response = await fetch(answer.replyPath, { cache: 'no-store' });
        if (!response.ok) throw new Error('the bridge lost a reply (' + response.status + ')');
        return response.json();
      }
      return answer;
    };
  }
  api.onMenuCommand = subscribe('command');
  api.onMenuOpenRecent = subscribe('open-recent');
  Object.defineProperty(window, 'coalition', { value: Object.freeze(api), enumerable: true });
  Object.defineProperty(window, config.menuHook, {
    value: (kind, message) => {
      const heard = listeners[kind] || new Set();
      for (const listener of heard) listener(message);
      return heard.size;
    },
  });
})();`;
}

/** `offer`: the page's own server, for big replies (RendererServer.offer); without it every reply is a string. */
export async function installBridge(context: BrowserContext, backend: CoalitionBackend, offer?: Offer): Promise<void> {
  await context.exposeBinding(CALL_BINDING, (_source, name: unknown, json: unknown) => callBackend(backend, name, json, offer));
  await context.addInitScript({
    content: windowCoalitionSource({ names: [...CHANNEL_NAMES], callBinding: CALL_BINDING, menuHook: MENU_HOOK }),
  });
}

async function dispatch(page: Page, kind: 'command' | 'open-recent', message: string): Promise<void> {
  // An expression string for the same reason as above: no transform helpers inside the page.
  const heard = await page.evaluate(
    `(window[${JSON.stringify(MENU_HOOK)}] || (() => 0))(${JSON.stringify(kind)}, ${JSON.stringify(message)})`,
  );
  if (heard === 0) throw new Error(`the menu's "${message}" reached no listener: has the app subscribed to the menu?`);
}

/** What the application menu does in Electron: hands the command to the page's listeners. */
export function dispatchMenuCommand(page: Page, command: MenuCommand): Promise<void> {
  return dispatch(page, 'command', command);
}

/** What picking a map under File > Open recent does in Electron. */
export function dispatchMenuOpenRecent(page: Page, path: string): Promise<void> {
  return dispatch(page, 'open-recent', path);
}
