// A tiny HTTP server that plays the government sites: pages are found by the request's Host
// header and path, so `http://www.most.gov.cn/kjbgz/` (mapped to 127.0.0.1 by Chromium's
// --host-resolver-rules) gets the saved MOST page. Anything else is a 404; nothing reaches the
// internet.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SitePage {
  /** The page's real address; only host and path are used (the scheme is always http here). */
  url: string;
  /** File to serve, or the HTML itself. */
  file?: string;
  html?: string;
}

export interface SiteServer {
  port: number;
  /** The http:// address a page is served at. */
  addressOf(url: string): string;
  close(): Promise<void>;
}

function routeKey(host: string, path: string): string {
  // `/kjbgz/` and `/kjbgz/index.html` are one page on these sites.
  return `${host.toLowerCase()}${path.replace(/\/index\.s?html?$/, '/')}`;
}

function keyOfUrl(url: string): string {
  const u = new URL(url);
  return routeKey(u.hostname, u.pathname + u.search);
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function httpAddress(url: string): string {
  const u = new URL(url);
  return `http://${u.host}${u.pathname}${u.search}`;
}

export async function startSiteServer(pages: readonly SitePage[]): Promise<SiteServer> {
  const routes = new Map<string, () => Buffer>();
  for (const page of pages) {
    const load = page.file ? () => readFileSync(page.file!) : () => Buffer.from(page.html ?? '');
    routes.set(keyOfUrl(page.url), load);
  }
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const load = routes.get(routeKey(host, req.url ?? '/'));
    if (!load) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = load();
    // UTF-8 pages say so; others (GBK) are left to their <meta charset>, as real servers often do.
    const type = isUtf8(body) ? 'text/html; charset=utf-8' : 'text/html';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    addressOf: httpAddress,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
