// Everything that goes between the app and the relay, on the wire: a loopback HTTP proxy in front of
// the relay that keeps every request (method, path, body) and every answer's body, and a record of
// every TCP connection the process opens, apart from the proxy's own to the relay behind it.
import http from 'node:http';
import net from 'node:net';

export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly requestBody: Buffer;
  readonly responseBody: Buffer;
}

export interface RecordingProxy {
  readonly url: string;
  readonly port: number;
  readonly exchanges: Exchange[];
  /** "host:port" of every connection opened since the proxy started (the proxy's own left out). */
  readonly connections: string[];
  stop(): Promise<void>;
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const behind = new URL(target);
  const exchanges: Exchange[] = [];
  const connections: string[] = [];
  let proxyConnecting = false;
  const agent = new http.Agent({ keepAlive: false });
  const create = agent.createConnection.bind(agent);
  agent.createConnection = (options, callback) => {
    proxyConnecting = true;
    try {
      return create(options, callback);
    } finally {
      proxyConnecting = false;
    }
  };
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function recordedConnect(this: net.Socket, ...args: unknown[]) {
    if (!proxyConnecting) connections.push(describe(args));
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const requestBody = Buffer.concat(chunks);
      const headers = { ...request.headers, host: behind.host };
      const forward = http.request({ host: behind.hostname, port: behind.port, method: request.method, path: request.url, headers, agent }, (answer) => {
        const body: Buffer[] = [];
        answer.on('data', (c: Buffer) => body.push(c));
        answer.on('end', () => {
          const responseBody = Buffer.concat(body);
          exchanges.push({ method: request.method ?? '', path: request.url ?? '', requestBody, responseBody });
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.end(responseBody);
        });
      });
      forward.on('error', () => response.destroy());
      forward.end(requestBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    exchanges,
    connections,
    stop: () =>
      new Promise((resolve) => {
        net.Socket.prototype.connect = connect;
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function describe(args: unknown[]): string {
  const first = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0];
  if (typeof first === 'object' && first !== null) {
    const o = first as { host?: unknown; port?: unknown; path?: unknown };
    if (typeof o.path === 'string') return `pipe:${o.path}`;
    return `${String(o.host ?? 'localhost')}:${String(o.port)}`;
  }
  return `${String(args[1] ?? 'localhost')}:${String(first)}`;
}
