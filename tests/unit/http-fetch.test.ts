// Plain HTTP against a local server: what the crawler relies on from its HTTP path.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { PermanentFetchError, TransientFetchError } from '../../scraper/fetch/fetch-errors.ts';
import { HttpClient } from '../../scraper/fetch/http-client.ts';
import { fetchOverHttp } from '../../scraper/fetch/http-fetch.ts';

const PAGE = '<html><body><p>关于开展科技创新工作的通知</p></body></html>';
const seen: { path: string; headers: Record<string, unknown> }[] = [];

const server = createServer((req, res) => {
  const path = req.url ?? '/';
  seen.push({ path, headers: req.headers });
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (path === '/gzip')
    return void res.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
  if (path === '/deflate')
    return void res
      .writeHead(200, { ...html, 'content-encoding': 'deflate' })
      .end(deflateSync(PAGE));
  if (path === '/br')
    return void res
      .writeHead(200, { ...html, 'content-encoding': 'br' })
      .end(brotliCompressSync(PAGE));
  if (path === '/bomb')
    return void res
      .writeHead(200, { ...html, 'content-encoding': 'gzip' })
      .end(gzipSync(Buffer.alloc(5_000_000, 32)));
  if (path === '/hop')
    return void res.writeHead(302, { location: '/hop2', 'set-cookie': 'a=1; Path=/' }).end();
  if (path === '/hop2')
    return void res.writeHead(301, { location: '/plain', 'set-cookie': 'b=2; Path=/' }).end();
  if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (path === '/gone') return void res.writeHead(404, html).end('not here');
  if (path === '/busy') return void res.writeHead(503, html).end('busy');
  if (path === '/challenge')
    return void res.writeHead(412, html).end('<script>document.cookie="x=1"</script>');
  if (path === '/slow') return void setTimeout(() => res.writeHead(200, html).end(PAGE), 2000);
  res.writeHead(200, html).end(PAGE);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const client = new HttpClient();
afterAll(async () => {
  await client.close();
  server.close();
});

const get = (
  path: string,
  extra: { timeoutMs?: number; maxBytes?: number; cookie?: string } = {},
) =>
  fetchOverHttp(
    client,
    {
      url: `${base}${path}`,
      userAgent: 'kjwatch/0.1 (+mailto:test@example.org)',
      timeoutMs: extra.timeoutMs ?? 5000,
      maxBytes: extra.maxBytes ?? 1_000_000,
      ...(extra.cookie ? { cookie: extra.cookie } : {}),
    },
    new Set([412]),
  );
const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('fetchOverHttp', () => {
  it.each(['/gzip', '/deflate', '/br'])(
    'decodes %s bodies to the bytes of the page',
    async (path) => {
      const page = await get(path);
      expect(text(page.body)).toBe(PAGE);
      expect(page.contentType).toBe('text/html; charset=utf-8');
    },
  );

  it('says who it is, asks for compression, and sends the host cookies', async () => {
    await get('/plain', { cookie: 'sid=42' });
    const { headers } = seen.at(-1)!;
    expect(headers['user-agent']).toBe('kjwatch/0.1 (+mailto:test@example.org)');
    expect(headers['accept-encoding']).toContain('gzip');
    expect(headers.cookie).toBe('sid=42');
  });

  it('follows redirects: the final URL is known and cookies set on the way are kept', async () => {
    const page = await get('/hop');
    expect(page.url).toBe(`${base}/hop`);
    expect(page.finalUrl).toBe(`${base}/plain`);
    expect(page.headers['set-cookie']?.split('\n')).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(text(page.body)).toBe(PAGE);
  });

  it('gives up on a redirect loop, for good', async () => {
    const err = await get('/loop').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentFetchError);
    expect((err as Error).message).toMatch(/more than 10 redirects/);
  });

  it('caps the body after decompression: a small gzip cannot fill memory', async () => {
    const err = await get('/bomb', { maxBytes: 100_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentFetchError);
    expect((err as Error).message).toMatch(/100000-byte cap/);
  });

  it('4xx is permanent, 5xx is worth a retry, a challenge status is handed back', async () => {
    const gone = await get('/gone').catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(PermanentFetchError);
    expect((gone as PermanentFetchError).status).toBe(404);
    const busy = await get('/busy').catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(TransientFetchError);
    expect((await get('/challenge')).status).toBe(412);
  });

  it('a server that does not answer in time is a transient failure that says so', async () => {
    const err = await get('/slow', { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientFetchError);
    expect((err as Error).message).toMatch(/no answer within 200 ms/);
  });

  it('a dead port is a transient network failure', async () => {
    const err = await fetchOverHttp(client, {
      url: 'http://127.0.0.1:9/x',
      userAgent: 'kjwatch',
      timeoutMs: 2000,
      maxBytes: 1000,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientFetchError);
    expect((err as Error).message).toMatch(/ECONNREFUSED/);
  });
});
