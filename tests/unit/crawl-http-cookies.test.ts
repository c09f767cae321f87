// Cookies over plain HTTP, seen at the server: a cookie the site sets on one page goes back with
// every later request of the run, and a site that sets none is sent no Cookie header at all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crawl } from '../../scraper/crawl/crawl.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import { tempDir } from '../support/fake-notice.ts';
import {
  fakeListBody,
  fakeNoticeBody,
  fakePage,
  fakeProfile,
  listenLocally,
} from '../support/fake-site.ts';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A list of 4 notices; the list page sets `sid` when `setsCookie`. Records Cookie headers. */
async function site(setsCookie: boolean) {
  const seen: { path: string; cookie: string | undefined }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    seen.push({ path, cookie: req.headers.cookie });
    if (path === '/robots.txt') return void res.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (path === '/list/' && setsCookie) headers['set-cookie'] = 'sid=abc; Path=/';
    const entries = [0, 1, 2, 3].map((i) => ({
      href: `/d/${i}.html`,
      title: `关于第${i}项科研工作的通知`,
      date: `2024-05-0${i + 1}`,
    }));
    const body = path === '/list/' ? fakeListBody(entries) : fakeNoticeBody(path);
    res.writeHead(200, headers).end(fakePage(body));
  });
  const base = await listenLocally(server);
  closers.push(() => server.close());
  const profile = fakeProfile(setsCookie ? 'fake-cookie' : 'fake-plain', `${base}/list/`);
  return { profile, details: () => seen.filter((s) => s.path.startsWith('/d/')) };
}

describe('cookies over plain HTTP', () => {
  it('sends back a cookie the site set, and no Cookie header to a site that sets none', async () => {
    const withCookie = await site(true);
    const without = await site(false);
    const store = openStore(join(tempDir(), 'kjwatch.db'));
    closers.push(() => store.close());
    const summaries = await crawl({
      profiles: [withCookie.profile, without.profile],
      store,
      delayMs: 0,
      concurrency: 1,
    });
    expect(summaries.map((s) => s.new)).toEqual([4, 4]);
    expect(withCookie.details()).toHaveLength(4);
    for (const hit of withCookie.details()) expect(hit.cookie).toBe('sid=abc');
    expect(without.details()).toHaveLength(4);
    for (const hit of without.details()) expect(hit.cookie).toBeUndefined();
  });
});
