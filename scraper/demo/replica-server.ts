// One HTTP server per replica site, on its own port of 127.0.0.1, so that a crawler's
// per-host politeness applies per site. Pages come from `resolve`; the behaviour knobs
// (robots.txt, first requests failing, latency, the JS challenge) sit in front of it, and
// every request is logged with the number in flight when it arrived.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeGbk } from './gbk-encode.ts';
import { createChallenge } from './js-challenge.ts';
import type { ReplicaPage, SiteBehaviour } from './replica-types.ts';
import { createRequestLog, type RequestKind, type RequestLog } from './request-log.ts';

export interface ReplicaServerOptions {
  resolve: (pathAndQuery: string) => ReplicaPage | undefined;
  charset?: 'gbk';
  challenge?: boolean;
  behaviour?: SiteBehaviour;
  /** 0 (default): any free port. */
  port?: number;
  host?: string;
}

export interface ReplicaServer {
  port: number;
  origin: string;
  log: RequestLog;
  close(): Promise<void>;
}

const NOT_FOUND = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>
<body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p></body></html>`;
const SERVER_ERROR = `<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head>
<body><h1>500 Internal Server Error</h1></body></html>`;

function htmlType(charset: 'gbk' | undefined): string {
  return charset === 'gbk' ? 'text/html; charset=GBK' : 'text/html; charset=utf-8';
}

function encode(body: string | Uint8Array, charset: 'gbk' | undefined): Uint8Array {
  if (typeof body !== 'string') return body;
  return charset === 'gbk' ? encodeGbk(body) : Buffer.from(body, 'utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startReplicaServer(options: ReplicaServerOptions): Promise<ReplicaServer> {
  const behaviour = options.behaviour ?? {};
  const log = createRequestLog();
  const challenge = options.challenge ? createChallenge(Date.now()) : undefined;
  let failuresLeft = behaviour.failFirst ?? 0;

  function pick(req: IncomingMessage, path: string) {
    const send = (status: number, kind: RequestKind, body: string | Uint8Array, type?: string) => ({
      status,
      kind,
      body: encode(body, options.charset),
      type: type ?? htmlType(options.charset),
    });
    if (path.split('?')[0] === '/robots.txt') {
      return behaviour.robots === undefined
        ? send(404, 'robots', NOT_FOUND)
        : send(200, 'robots', behaviour.robots, 'text/plain; charset=utf-8');
    }
    const page = options.resolve(path);
    const kind: RequestKind = page?.kind ?? 'missing';
    if (failuresLeft > 0) {
      failuresLeft--;
      return send(500, kind, SERVER_ERROR);
    }
    if (challenge && !challenge.passes(req.headers.cookie)) {
      return { ...send(412, kind, challenge.page), type: 'text/html; charset=utf-8' };
    }
    if (!page) return send(404, 'missing', NOT_FOUND);
    return send(page.status ?? 200, kind, page.body, page.contentType);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = req.url ?? '/';
    const active = log.begin({
      method: req.method ?? 'GET',
      path,
      time: Date.now(),
      userAgent: req.headers['user-agent'] ?? '',
      cookie: req.headers.cookie ?? '',
    });
    res.on('close', () => active.end());
    if (behaviour.latencyMs) await sleep(behaviour.latencyMs);
    const answer = pick(req, path);
    active.answer(answer.status, answer.kind);
    res.writeHead(answer.status, {
      'content-type': answer.type,
      'content-length': answer.body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://${host}:${port}`,
    log,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was free a moment ago and on which nothing listens now (a "dead" site). */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
