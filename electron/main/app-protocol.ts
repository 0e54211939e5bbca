// The window's content comes from `app://bundle/...`, a privileged custom scheme served from
// dist/renderer, instead of file URLs, which would give the page a view of the whole disk.
// Every request is resolved by `resolveAppUrl`, which accepts only regular files inside the bundle.
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../../build/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on the app's own origin (no credentials, no port, no look-alike host). */
export function isAppOriginUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

export type AppUrlResolution =
  | { readonly ok: true; readonly filePath: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

function refuse(status: 400 | 403 | 404, reason: string): AppUrlResolution {
  return { ok: false, status, reason };
}

/**
 * Maps an `app://bundle/<path>` URL to a file under `root`. The path is read from the raw string
 * (the URL parser would silently fold `..` away and hide the attempt), decoded once, and refused if
 * any segment is `.`/`..`/empty or holds a backslash, colon or NUL. Finally the real path (symlinks
 * followed) must still lie inside the real root.
 */
export async function resolveAppUrl(url: string, root: string): Promise<AppUrlResolution> {
  const prefix = `${APP_ORIGIN}/`;
  if (!url.startsWith(prefix)) return refuse(403, `not on the app origin: ${url.slice(0, 100)}`);
  const rawPath = url.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse(400, 'malformed percent-encoding in the path');
  }
  if (decoded === '') decoded = 'index.html';
  if (/[\0\\:]/.test(decoded)) return refuse(400, 'the path holds a NUL, backslash or colon');
  const segments = decoded.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return refuse(400, 'the path is absolute or climbs out of the bundle');
  }
  const candidate = join(root, ...segments);
  const lexical = relative(root, candidate);
  if (lexical.startsWith('..') || isAbsolute(lexical)) return refuse(403, 'the path leaves the bundle');

  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(candidate);
  } catch {
    return refuse(404, `no such file in the bundle: ${decoded}`);
  }
  if (!realFile.startsWith(realRoot + sep)) return refuse(403, 'the file links to a place outside the bundle');
  const info = await stat(realFile);
  if (!info.isFile()) return refuse(404, `not a file: ${decoded}`);
  return { ok: true, filePath: realFile };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Headers on every response, errors included: the CSP travels with the bytes, not only in a meta tag. */
function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

/** Answers one request to the app scheme from the files under `root`. */
export async function serveAppRequest(request: { readonly url: string; readonly method: string }, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('method not allowed', { status: 405, headers: securityHeaders() });
  }
  const resolved = await resolveAppUrl(request.url, root);
  if (!resolved.ok) return new Response(resolved.reason, { status: resolved.status, headers: securityHeaders() });
  const body = await readFile(resolved.filePath);
  const type = CONTENT_TYPES[extname(resolved.filePath).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': type },
  });
}

/** Must run before the app is ready: standard + secure gives the page a real origin and a secure context. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Runs after ready: serves the bundle root through `serveAppRequest`. */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
