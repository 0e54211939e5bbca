// SEC-5 (and the header half of SEC-4): the app scheme serves only regular files inside the bundle,
// checked against a real folder on disk with a real symlink that points outside it.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../build/csp';
import {
  handleAppProtocol,
  isAppOriginUrl,
  registerAppScheme,
  resolveAppUrl,
  serveAppRequest,
} from '../../../electron/main/app-protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'coalition-protocol-')));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Coalition Mapper</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("map")');
  await writeFile(join(root, 'assets', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(base, 'secret.txt'), 'ZZ-CANARY-NAME');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'escape.txt'));
  await symlink(base, join(root, 'up'));
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
}, 30_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppUrl', () => {
  it('accepts files under the bundle root', async () => {
    expect(await resolveAppUrl('app://bundle/index.html', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
    expect(await resolveAppUrl('app://bundle/assets/app.js?v=3#top', root)).toEqual({
      ok: true,
      filePath: join(root, 'assets', 'app.js'),
    });
    expect(await resolveAppUrl('app://bundle/', root)).toEqual({ ok: true, filePath: join(root, 'index.html') });
  });

  it('accepts a symlink whose target stays inside the bundle', async () => {
    expect(await resolveAppUrl('app://bundle/alias.js', root)).toEqual({ ok: true, filePath: join(root, 'assets', 'app.js') });
  });

  const hostile = [
    'app://bundle/../../etc/passwd',
    'app://bundle/../secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/%2E%2E/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/index.html%00.png',
    'app://bundle/index.html\0',
    'app://bundle/./index.html',
    'app://bundle/%',
    'app://bundle.evil/index.html',
    'app://evil/index.html',
    'app://user@bundle/index.html',
    'app://bundle:1234/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    '/etc/passwd',
    '/tmp/index.html',
  ];
  for (const url of hostile) {
    it(`refuses ${JSON.stringify(url)}`, async () => {
      const result = await resolveAppUrl(url, root);
      expect(result.ok).toBe(false);
    });
  }

  it('refuses a symlink inside the bundle that points outside it', async () => {
    const result = await resolveAppUrl('app://bundle/assets/escape.txt', root);
    expect(result).toMatchObject({ ok: false, status: 403 });
    const viaDir = await resolveAppUrl('app://bundle/up/secret.txt', root);
    expect(viaDir).toMatchObject({ ok: false, status: 403 });
  });

  it('answers 404 for missing files and folders', async () => {
    expect(await resolveAppUrl('app://bundle/missing.js', root)).toMatchObject({ ok: false, status: 404 });
    expect(await resolveAppUrl('app://bundle/assets', root)).toMatchObject({ ok: false, status: 404 });
  });
});

describe('serveAppRequest', () => {
  it('serves the file with its type and the CSP header', async () => {
    const response = await serveAppRequest({ url: 'app://bundle/assets/app.js', method: 'GET' }, root);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("map")');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the page as HTML with the same policy as the meta tag', async () => {
    const response = await serveAppRequest({ url: 'app://bundle/index.html', method: 'GET' }, root);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('never leaks the file a symlink points to, and still sends the CSP on errors', async () => {
    const response = await serveAppRequest({ url: 'app://bundle/assets/escape.txt', method: 'GET' }, root);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('ZZ-CANARY');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('refuses anything but GET and HEAD', async () => {
    const response = await serveAppRequest({ url: 'app://bundle/index.html', method: 'POST' }, root);
    expect(response.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme with the bundle resolver', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const ok = await handler(new Request('app://bundle/index.html'));
    expect(ok.status).toBe(200);
    const refused = await handler(new Request('app://bundle/assets/escape.txt'));
    expect(refused.status).toBe(403);
  });

  it('recognises the app origin exactly', () => {
    expect(isAppOriginUrl('app://bundle/index.html')).toBe(true);
    for (const url of ['app://bundle.evil/', 'app://evil/', 'app://a@bundle/', 'app://bundle:1/', 'https://bundle/', '']) {
      expect(isAppOriginUrl(url), url).toBe(false);
    }
  });
});
