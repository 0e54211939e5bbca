// SEC-2 and SEC-3: the rules installed on every page and session, exercised with fake web contents.
import { EventEmitter } from 'node:events';
import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FakeSession, FakeWebContents } from './fake-electron';
import { hardenWebContents, installHardening, NETWORK_URL_PATTERNS } from '../../../electron/main/hardening';

const HOSTILE_URLS = [
  'https://evil.example',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'app://bundle.evil/',
  'app://user@bundle/index.html',
  'app://bundle:8080/index.html',
  'http://bundle/index.html',
  'not a url',
];

const PERMISSIONS = [
  'media',
  'geolocation',
  'notifications',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'hid',
  'serial',
  'usb',
  'something-invented-next-year',
];

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

function setUp() {
  const app = new EventEmitter();
  const defaultSession = new FakeSession();
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  installHardening({
    app: app as unknown as Pick<App, 'on'>,
    session: { defaultSession: defaultSession as unknown as Session },
    shell,
  });
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  return { app, defaultSession, shell, contents };
}

describe('every new page is hardened (SEC-2)', () => {
  for (const eventName of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
    it(`${eventName}: leaving the app's origin is prevented`, () => {
      const { contents } = setUp();
      for (const url of HOSTILE_URLS) {
        const event = navigationEvent(url);
        contents.emit(eventName, event, url);
        expect(event.preventDefault, url).toHaveBeenCalled();
      }
    });

    it(`${eventName}: moving within app://bundle is allowed`, () => {
      const { contents } = setUp();
      const event = navigationEvent('app://bundle/index.html');
      contents.emit(eventName, event, 'app://bundle/index.html');
      expect(event.preventDefault).not.toHaveBeenCalled();
    });
  }

  it('a navigation whose old positional URL disagrees with the event is still prevented', () => {
    const { contents } = setUp();
    const event = navigationEvent('app://bundle/index.html');
    contents.emit('will-navigate', event, 'https://evil.example');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('attaching a <webview> is always prevented', () => {
    const { contents } = setUp();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('every new window is denied; only plain https links go to the browser', () => {
    const { contents, shell } = setUp();
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of [...HOSTILE_URLS, 'app://bundle/index.html', 'https://example.org/partners']) {
      expect(handler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://evil.example/'], ['https://example.org/partners']]);
  });

  it('hardenWebContents can be applied directly to a page', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as unknown as WebContents, { openExternal: vi.fn(() => Promise.resolve()) });
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
  });
});

describe('every permission is refused (SEC-3)', () => {
  function expectAllDenied(session: FakeSession) {
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      session.requestHandler?.({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.checkHandler?.({}, permission, 'app://bundle', {}), permission).toBe(false);
    }
    expect(session.deviceHandler?.({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  }

  it('on the default session', () => {
    const { defaultSession } = setUp();
    expect(defaultSession.requestHandler).not.toBeNull();
    expect(defaultSession.checkHandler).not.toBeNull();
    expectAllDenied(defaultSession);
  });

  it('on any session created later (other partitions)', () => {
    const { app } = setUp();
    const partition = new FakeSession();
    app.emit('session-created', partition);
    expectAllDenied(partition);
    expect(partition.beforeRequest).not.toBeNull();
  });
});

describe('no request reaches the network (PRIV-1)', () => {
  it('every http, https, websocket and ftp request is cancelled', () => {
    const { defaultSession } = setUp();
    expect(defaultSession.beforeRequest?.filter.urls).toEqual(NETWORK_URL_PATTERNS);
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp']) {
      expect(defaultSession.beforeRequest?.filter.urls).toContain(`${scheme}://*/*`);
    }
    for (const url of ['https://fonts.example/font.woff2', 'http://127.0.0.1:5173/', 'wss://tracker.example/socket']) {
      const callback = vi.fn();
      defaultSession.beforeRequest?.listener({ url }, callback);
      expect(callback, url).toHaveBeenCalledWith({ cancel: true });
    }
  });

  it('the filter leaves the app scheme alone', () => {
    expect(NETWORK_URL_PATTERNS.some((pattern) => pattern.startsWith('app:'))).toBe(false);
  });
});
