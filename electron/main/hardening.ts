// App-wide rules every web page in the app obeys, installed once on ready: the window never leaves
// the app's own origin, never opens another window or a <webview>, never reaches the network, and
// every browser permission (camera, location, notifications, USB...) is refused. The app needs none
// of them; a hostile string that slipped into the page must not be able to ask.
import type { App, Event as ElectronEvent, Session, Shell, WebContents } from 'electron';
import { isAppOriginUrl } from './app-protocol';
import { safeOpenExternal } from './external-links';

export interface HardeningDeps {
  readonly app: Pick<App, 'on'>;
  readonly session: { readonly defaultSession: Session };
  readonly shell: Pick<Shell, 'openExternal'>;
}

type LockableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'webRequest'
>;

/** Every scheme that reaches the network. The app's own content is app://, never one of these. */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/**
 * Refuses every permission request and check on one session, and cancels every request to the
 * network: the CSP already forbids it, this holds even if a page or a library slips past the CSP.
 */
export function lockDownSession(session: LockableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (_details, callback) => callback({ cancel: true }));
}

/** Blocks a navigation unless both the event's URL and the (older, positional) URL stay on the app origin. */
function keepOnAppOrigin(event: ElectronEvent<{ url?: string }>, positionalUrl?: unknown): void {
  const urls = [event.url, positionalUrl].filter((u): u is string => typeof u === 'string');
  if (urls.length === 0 || !urls.every(isAppOriginUrl)) event.preventDefault();
}

/** The rules for one page: navigation pinned to the app, no webviews, new windows become browser links. */
export function hardenWebContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => keepOnAppOrigin(event, url));
  contents.on('will-frame-navigate', (event) => keepOnAppOrigin(event));
  contents.on('will-redirect', (event, url) => keepOnAppOrigin(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // The renderer may offer an https link (a partner's website); it opens in the user's browser.
    safeOpenExternal(url, shell);
    return { action: 'deny' };
  });
}

/** Installs the rules for every page and every session the app will ever create. */
export function installHardening({ app, session, shell }: HardeningDeps): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));
  app.on('session-created', (created) => lockDownSession(created));
  lockDownSession(session.defaultSession);
}
