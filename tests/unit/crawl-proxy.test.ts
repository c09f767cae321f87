// Proxies (SITES.md: many sites are closed to users abroad): an HTTP proxy and a SOCKS5 proxy,
// both small servers here, carry every request to a site whose host name only they resolve.
// The browser path goes through the SOCKS proxy too (via the local bridge).
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl } from '../../scraper/crawl/crawl.ts';
import { resolveChromium } from '../../scraper/fetch/find-browser.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { tempDir } from '../support/fake-notice.ts';

const listen = async <
  S extends { listen(port: number, host: string, cb: () => void): unknown; address(): unknown },
>(
  s: S,
) => {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return (s.address() as AddressInfo).port;
};

const site = createHttpServer((req, res) => {
  const path = req.url ?? '';
  if (path === '/robots.txt') return void res.writeHead(404).end();
  const body =
    path === '/list/'
      ? `<ul class="list">${[1, 2].map((i) => `<li><a href="/d/${i}.html">关于第${i}项工作的通知</a><span>2024-10-0${i}</span></li>`).join('')}</ul>`
      : `<h1>通知${path}</h1><div class="TRS_Editor"><p>现将有关事项通知如下。${path}</p></div>`;
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<html><body>${body}</body></html>`);
});
const sitePort = await listen(site);

/** Hosts the proxies were asked for: only they know that `*.kjwatch.test` is the site above. */
const viaHttpProxy: string[] = [];
const viaSocks: string[] = [];

// A forward HTTP proxy (absolute-URI requests), enough for http:// targets.
const httpProxy = createHttpServer((req, res) => {
  const target = new URL(req.url ?? '');
  viaHttpProxy.push(target.host);
  const upstream = httpRequest(
    {
      host: '127.0.0.1',
      port: sitePort,
      path: target.pathname + target.search,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  req.pipe(upstream);
});
const httpProxyPort = await listen(httpProxy);

// SOCKS5 without authentication, CONNECT by domain name only (what a remote-DNS client sends).
const socks = createTcpServer((client) => {
  client.once('data', () => {
    client.write(Buffer.from([5, 0]));
    client.once('data', (request: Buffer) => {
      const length = request[4]!;
      viaSocks.push(
        `${request.subarray(5, 5 + length).toString()}:${request.readUInt16BE(5 + length)}`,
      );
      const upstream = connect(sitePort, '127.0.0.1', () => {
        client.write(Buffer.from([5, 0, 0, 1, 127, 0, 0, 1, 0, 0]));
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
});
const socksPort = await listen(socks);
afterAll(() => {
  for (const server of [site, httpProxy, socks]) server.close();
});

const profile = (host: string, fetch: SiteProfile['fetch']): SiteProfile => ({
  id: `fake-${host.split('.')[0]}`,
  name: '通知',
  org: '测试局',
  level: 'city',
  start: [`http://${host}/list/`],
  list: { item: 'ul.list li', paging: { type: 'none' } },
  fetch,
});

const chromium = await resolveChromium().catch(() => undefined);
const freshStore = () => openStore(join(tempDir(), 'k.db'));

describe('crawl through a proxy', () => {
  it('an HTTP proxy carries every request', async () => {
    const store = freshStore();
    const proxy = `http://127.0.0.1:${httpProxyPort}`;
    const [summary] = await crawl({
      profiles: [profile('plain.kjwatch.test', 'http')],
      store,
      proxy,
      delayMs: 0,
    });
    store.close();
    expect(summary).toMatchObject({ new: 2, status: 'ok' });
    expect(new Set(viaHttpProxy)).toEqual(new Set(['plain.kjwatch.test']));
    expect(viaHttpProxy).toHaveLength(4); // robots.txt, the list, two notices
  });

  it('a SOCKS5 proxy carries plain HTTP requests', async () => {
    const store = freshStore();
    const proxy = `socks5://127.0.0.1:${socksPort}`;
    const [summary] = await crawl({
      profiles: [profile('socks.kjwatch.test', 'http')],
      store,
      proxy,
      delayMs: 0,
    });
    store.close();
    expect(summary).toMatchObject({ new: 2, status: 'ok' });
    expect(viaSocks.filter((h) => h === 'socks.kjwatch.test:80')).toHaveLength(4);
  });

  it.skipIf(!chromium)('a SOCKS5 proxy carries the browser’s page loads too', async () => {
    const store = freshStore();
    const proxy = `socks5://127.0.0.1:${socksPort}`;
    const profiles = [profile('browser.kjwatch.test', 'browser')];
    const [summary] = await crawl({
      profiles,
      store,
      proxy,
      delayMs: 0,
      browser: { executablePath: chromium! },
    });
    store.close();
    expect(summary).toMatchObject({ new: 2, status: 'ok', browserRequests: 3 });
    expect(viaSocks).toContain('browser.kjwatch.test:80');
  });
});
