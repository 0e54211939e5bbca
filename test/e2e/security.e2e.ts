// The window's defences, checked in the running page: the CSP blocks eval, injected inline scripts
// and remote images, and nothing the app does reaches the network.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';
import { makeTempDir, type TempDir } from './support/files';

let dataDir: TempDir;
let app: LaunchedApp;

beforeEach(async () => {
  dataDir = await makeTempDir('security');
  app = await launchApp({ dataDir: dataDir.path });
  // First run: the sample coalition's name is the page's main heading.
  await app.page.getByRole('heading', { level: 1, name: /Family Safety Coalition/ }).waitFor();
});

afterEach(async () => {
  await app.close();
  await dataDir.remove();
});

/** Only the CSP reports our own probes cause are expected in the console. */
function unexpectedErrors(): string[] {
  return app.errors.filter((e) => !/Content Security Policy/i.test(e));
}

describe('the app window', () => {
  it('loads the first-run map with no errors and no network request', async () => {
    // Let the layout worker finish and the first save happen: both are part of "loaded".
    await app.page.getByText(/Arranging the map/).waitFor({ state: 'hidden', timeout: 60_000 });
    expect(app.errors).toEqual([]);
    expect(app.attempted).toEqual([]);
    expect(app.requests).toEqual([]);
  });

  it('refuses eval in page code', async () => {
    // Run from a page task: DevTools' own evaluation (page.evaluate itself) is exempt from CSP.
    const outcome = await app.page.evaluate(
      `new Promise((done) => setTimeout(() => { try { eval('1'); done('ran'); } catch (e) { done(e.name); } }))`,
    );
    expect(outcome).toBe('EvalError');
  });

  it('does not run an injected inline script or inline handler', async () => {
    const pwned = await app.page.evaluate(`new Promise((done) => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
      img.setAttribute('onload', 'window.__pwned = 2');
      img.setAttribute('onerror', 'window.__pwned = 3');
      document.body.append(img);
      setTimeout(() => done(window.__pwned === undefined ? 'not run' : 'ran ' + window.__pwned), 300);
    })`);
    expect(pwned).toBe('not run');
    expect(unexpectedErrors()).toEqual([]);
  });

  it('blocks a remote image before any request leaves', async () => {
    const result = await app.page.evaluate(`new Promise((done) => {
      const img = document.createElement('img');
      img.onload = () => done('loaded');
      img.onerror = () => done('blocked');
      img.src = 'https://example.com/tracker.png';
      document.body.append(img);
    })`);
    expect(result).toBe('blocked');
    // The page did start the request, but its CSP stopped it before the network layer, where the
    // harness would have recorded (and aborted) it.
    expect(app.attempted).toEqual(['https://example.com/tracker.png']);
    expect(app.requests).toEqual([]);
    expect(app.errors.some((e) => /example\.com.*Content Security Policy/.test(e))).toBe(true);
    expect(unexpectedErrors()).toEqual([]);
  });

  it('carries the strict policy in the page itself', async () => {
    const policy = await app.page.evaluate(
      `document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''`,
    );
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('checks every call from the page against the contract, as the IPC layer does', async () => {
    const refusals = await app.page.evaluate(`Promise.all([
      window.coalition.openRecent({ path: '/etc/passwd', extra: true }).then(() => 'accepted', (e) => e.message),
      window.coalition.listBackups(JSON.parse('{"path":"x","__proto__":{"polluted":1}}')).then(() => 'accepted', (e) => e.message),
      window.coalition.newMap({ name: '', template: 'sample' }).then(() => 'accepted', (e) => e.message),
    ])`);
    expect(refusals).toEqual([
      expect.stringMatching(/invalid payload for openRecent/),
      expect.stringMatching(/reserved key/),
      expect.stringMatching(/invalid payload for newMap/),
    ]);
    expect(await app.page.evaluate(`({}).polluted === undefined`)).toBe(true);
  });

  it('has a working trap: a navigation off the machine is recorded and aborted', async () => {
    // Proves the empty lists above mean something: what reaches the network layer is caught.
    await app.page.goto('https://example.com/').catch(() => undefined);
    expect(app.requests).toContain('https://example.com/');
  });
});
