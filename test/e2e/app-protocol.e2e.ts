// The app:// protocol's answers, for every file of the built renderer, as the page gets them: the
// loopback server hands each request to the real serveAppRequest (support/renderer-server.ts), so
// these are its real responses. Every file comes back whole with the app's CSP, nosniff, COOP and
// referrer headers and a type the browser accepts under nosniff; a request outside the bundle is
// refused with the same headers. In Chromium, a document served this way runs each bundled module
// worker (the layout worker answers a real layout), and the header's CSP is in force: a blob:
// worker, which `worker-src 'self'` forbids, is refused.
//
// What only the Electron binary can show (not installed here; tests in electron-app.ts run when it
// is): that `protocol.handle('app', …)` is the handler Chromium calls for app://bundle, and that
// the scheme's privileges (standard, secure, supportFetchAPI) make it a secure origin on which
// module scripts and module workers load. The handler and its responses are the same code either way.
import { readdir, readFile } from 'node:fs/promises';
import { get } from 'node:http';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../build/csp';
import { chromiumBinary, RENDERER_DIR, requireBuiltRenderer } from './support/paths';
import { startRendererServer, type RendererServer } from './support/renderer-server';

const TYPES_UNDER_NOSNIFF: Readonly<Record<string, RegExp>> = {
  '.js': /^text\/javascript/,
  '.mjs': /^text\/javascript/,
  '.css': /^text\/css/,
  '.html': /^text\/html/,
};

let server: RendererServer;
let browser: Browser;

async function bundledFiles(): Promise<string[]> {
  const entries = await readdir(RENDERER_DIR, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(RENDERER_DIR, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** A GET with the request target exactly as given. */
function rawGet(path: string): Promise<{ status: number; headers: Headers }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const request = get({ hostname, port, path }, (response) => {
      response.resume();
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers.set(name, value);
      resolve({ status: response.statusCode ?? 0, headers });
    });
    request.on('error', reject);
  });
}

function expectAppHeaders(headers: Headers, what: string): void {
  expect(headers.get('content-security-policy'), what).toBe(contentSecurityPolicy);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('cross-origin-opener-policy'), what).toBe('same-origin');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
}

beforeAll(async () => {
  requireBuiltRenderer();
  server = await startRendererServer(RENDERER_DIR);
  browser = await chromium.launch({ executablePath: chromiumBinary() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the app protocol, for every bundled file', () => {
  it('answers each file whole, with the app headers and a type the browser accepts', async () => {
    const files = await bundledFiles();
    expect(files).toContain('index.html');
    expect(files.filter((f) => /worker/.test(f)).length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const response = await fetch(`${server.origin}/${file}`);
      expect(response.status, file).toBe(200);
      expectAppHeaders(response.headers, file);
      const type = response.headers.get('content-type') ?? '';
      expect(type, `${file} has no known type`).not.toBe('application/octet-stream');
      const wanted = TYPES_UNDER_NOSNIFF[file.slice(file.lastIndexOf('.'))];
      if (wanted) expect(type, file).toMatch(wanted);
      expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(RENDERER_DIR, file))), file).toBe(true);
    }
  });

  it('refuses what is not in the bundle, with the same headers', async () => {
    // Sent raw (fetch would resolve the dots away before they leave): the resolver sees them.
    for (const [path, status] of [['/../package.json', 400], ['/%2e%2e/package.json', 400], ['/assets/%2e%2e%2f..%2fpackage.json', 400], ['/no-such-file.js', 404]] as const) {
      const response = await rawGet(path);
      expect([response.status, path]).toEqual([status, path]);
      expectAppHeaders(response.headers, path);
    }
    const post = await fetch(`${server.origin}/index.html`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expectAppHeaders(post.headers, 'POST');
  });
});

describe('module workers under the served CSP', () => {
  it('loads every bundled worker as a module worker, runs the layout worker, and refuses a blob: worker', async () => {
    const files = await bundledFiles();
    const workers = files.filter((f) => /\.worker[-.][^/]*\.js$/.test(f));
    const layout = workers.find((f) => /layout\.worker/.test(f));
    expect(layout, `workers: ${workers.join(', ')}`).toBeDefined();
    const page = await browser.newPage();
    const violations: string[] = [];
    const failed: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) violations.push(m.text());
    });
    // The browser asks for /favicon.ico on its own; the bundle has none. Anything else failing is a finding.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
    });
    try {
      // A document from the protocol (a bundled stylesheet): it carries the header CSP and no app code.
      const css = files.find((f) => f.endsWith('.css'))!;
      const navigation = await page.goto(`${server.origin}/${css}`);
      expect(navigation?.headers()['content-security-policy']).toBe(contentSecurityPolicy);

      // Each worker module sets self.onmessage when it has run: looked for inside every worker started.
      await page.evaluate(`window.__workers = ${JSON.stringify(workers)}.map((file) => {
        const worker = new Worker('/' + file, { type: 'module' });
        worker.onerror = (e) => console.error(file + ': failed to load: ' + (e.message || 'error'));
        return worker;
      })`);
      for (const file of workers) {
        await expect
          .poll(async () => {
            const running = page.workers().find((w) => w.url().endsWith(`/${file}`));
            return running ? running.evaluate('typeof self.onmessage').catch(() => 'not yet') : 'not started';
          }, { timeout: 30_000 })
          .toBe('function');
      }
      await page.evaluate('window.__workers.forEach((w) => w.terminate())');

      const positions = await page.evaluate(`new Promise((done, fail) => {
        const worker = new Worker('/${layout}', { type: 'module' });
        worker.onerror = (e) => fail(new Error('layout worker failed: ' + e.message));
        worker.onmessage = (e) => { worker.terminate(); done(e.data); };
        worker.postMessage({ job: 7, nodes: ['a', 'b', 'c'], edges: [['a', 'b'], ['b', 'c']] });
      })`);
      expect(positions).toMatchObject({ job: 7, positions: { a: { x: expect.any(Number) }, b: { y: expect.any(Number) }, c: { x: expect.any(Number) } } });

      const blob = await page.evaluate(`new Promise((done) => {
        try {
          const worker = new Worker(URL.createObjectURL(new Blob(['postMessage("ran")'], { type: 'text/javascript' })));
          worker.onmessage = () => done('ran');
          worker.onerror = () => done('refused');
        } catch (e) { done('refused: ' + e.name); }
      })`);
      expect(String(blob)).toMatch(/^refused/);
      expect(violations.some((v) => /worker-src/.test(v))).toBe(true);
      expect(violations.filter((v) => !/worker-src|blob:/.test(v))).toEqual([]);
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
