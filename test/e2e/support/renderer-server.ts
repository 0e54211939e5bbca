// A tiny HTTP server on 127.0.0.1 that answers exactly like the app's `app://bundle` protocol:
// every request is handed to the real `serveAppRequest`, so the page gets the same files, the
// same path checks and the same CSP header it gets inside Electron.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, serveAppRequest } from '../../../electron/main/app-protocol';

export interface RendererServer {
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  close(): Promise<void>;
}

async function answer(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // req.url is the raw request target ("/assets/x.js?v=1"), not normalised: the resolver sees any "..".
  const response = await serveAppRequest({ url: `${APP_ORIGIN}${req.url ?? '/'}`, method: req.method ?? 'GET' }, root);
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startRendererServer(root: string): Promise<RendererServer> {
  const server = createServer((req, res) => {
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
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
