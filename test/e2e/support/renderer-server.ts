// A tiny HTTP server on 127.0.0.1 that answers exactly like the app's `app://bundle` protocol:
// every request is handed to the real `serveAppRequest`, so the page gets the same files, the
// same path checks and the same CSP header it gets inside Electron.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, serveAppRequest } from '../../../electron/main/app-protocol';

export interface RendererServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /**
   * Holds `json` for one GET of the returned same-origin path (the e2e bridge's big replies, see
   * bridge.ts). Not part of the app's protocol: any other path is answered by it as before.
   */
  offer(json: string): string;
  close(): Promise<void>;
}

const OFFER_PREFIX = '/__bridge-reply/';

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // req.url is the raw request target ("/assets/x.js?v=1"), not normalised: the resolver sees any "..".
  const response = await serveAppRequest({ url: `${APP_ORIGIN}${req.url ?? '/'}`, method: req.method ?? 'GET' }, root);
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startRendererServer(root: string): Promise<RendererServer> {
  const offers = new Map<string, string>();
  const server = createServer((req, res) => {
    const offered = req.method === 'GET' ? offers.get(req.url ?? '') : undefined;
    if (offered !== undefined) {
      offers.delete(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(offered);
      return;
    }
    answer(root, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`renderer server failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    offer: (json) => {
      const path = `${OFFER_PREFIX}${randomUUID()}`;
      offers.set(path, json);
      return path;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
