// The browser path: a site behind a JS-cookie challenge (412 + a script that sets a cookie and
// reloads) is passed once in Chromium, then read over plain HTTP with the cookie the browser
// earned; a `fetch: "browser"` site whose list a script writes is read in the browser.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crawl } from '../../scraper/crawl/crawl.ts';
import { resolveChromium } from '../../scraper/fetch/find-browser.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { tempDir } from '../support/fake-notice.ts';

const chromium = await resolveChromium().catch(() => undefined);
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

interface Hit {
  path: string;
  /** Chromium sends Sec-Fetch-Mode: navigate for page loads; kjwatch's HTTP client sends no such header. */
  browser: boolean;
  cookie: boolean;
}

const PASS = 'kjw_pass=8f2c';
const CHALLENGE = `<html><head><script>document.cookie='${PASS}; path=/';location.reload();</script></head><body></body></html>`;

async function fakeSite(route: (path: string, res: ServerResponse) => void, challenge: boolean) {
  const hits: Hit[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    const cookie = (req.headers.cookie ?? '').includes(PASS);
    hits.push({ path, browser: req.headers['sec-fetch-mode'] === 'navigate', cookie });
    if (path === '/robots.txt') return void res.writeHead(404).end();
    if (challenge && !cookie)
      return void res.writeHead(412, { 'content-type': 'text/html' }).end(CHALLENGE);
    route(path, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}

const page = (res: ServerResponse, body: string, type = 'text/html; charset=utf-8') =>
  res.writeHead(200, { 'content-type': type }).end(body);
const listItems = [0, 1, 2]
  .map(
    (i) =>
      `<li><a href="/d/${i}.html">关于第${i}项科技计划的通知</a><span>2024-06-0${i + 1}</span></li>`,
  )
  .join('');
const detail = (path: string) =>
  `<html><body><h1>通知${path}</h1><div class="TRS_Editor"><p>现将科技计划项目有关事项通知如下。${path}</p><a href="/f/${path.slice(3, 4)}.pdf">附件.pdf</a></div></body></html>`;

function profile(base: string, fetch: SiteProfile['fetch']): SiteProfile {
  const list = { item: 'ul.list li', paging: { type: 'none' as const } };
  return {
    id: 'fake-challenge',
    name: '通知',
    org: '测试厅',
    level: 'provincial',
    start: [`${base}/list/`],
    list,
    fetch,
  };
}

function freshStore() {
  const store = openStore(join(tempDir(), 'kjwatch.db'));
  closers.push(() => store.close());
  return store;
}

function challengeSite() {
  return fakeSite((path, res) => {
    if (path === '/list/')
      return page(res, `<html><body><ul class="list">${listItems}</ul></body></html>`);
    if (path.startsWith('/f/')) return page(res, `%PDF-1.4 file ${path}`, 'application/pdf');
    page(res, detail(path));
  }, true);
}

describe.skipIf(!chromium)('crawl: JS-cookie challenge', () => {
  it('passes the challenge once in the browser, then fetches with its cookie over HTTP', async () => {
    const site = await challengeSite();
    const store = freshStore();
    const browser = { executablePath: chromium! };
    const [summary] = await crawl({
      profiles: [profile(site.base, 'auto')],
      store,
      delayMs: 0,
      browser,
    });
    expect(summary).toMatchObject({
      new: 3,
      attachments: 3,
      failed: 0,
      status: 'ok',
      browserRequests: 1,
    });
    const browserHits = site.hits.filter((h) => h.browser);
    // The challenge, then the reload that carries the cookie the script set.
    expect(browserHits).toEqual([
      { path: '/list/', browser: true, cookie: false },
      { path: '/list/', browser: true, cookie: true },
    ]);
    const after = site.hits.slice(site.hits.indexOf(browserHits[1]!) + 1);
    expect(after.map((h) => h.path).sort()).toEqual([
      '/d/0.html',
      '/d/1.html',
      '/d/2.html',
      '/f/0.pdf',
      '/f/1.pdf',
      '/f/2.pdf',
    ]);
    expect(after.every((h) => !h.browser && h.cookie)).toBe(true);
  });

  it('keeps the earned cookie for the next run: no browser at all then', async () => {
    const site = await challengeSite();
    const store = freshStore();
    const options = { profiles: [profile(site.base, 'auto')], store, delayMs: 0 };
    const browser = { executablePath: chromium! };
    const [first] = await crawl({ ...options, browser });
    expect(first).toMatchObject({ new: 3, browserRequests: 1 });
    const before = site.hits.length;
    const [again] = await crawl({ ...options, browser });
    expect(again).toMatchObject({ new: 0, unchanged: 3, browserRequests: 0, status: 'ok' });
    const secondRun = site.hits.slice(before).filter((h) => h.path !== '/robots.txt');
    expect(secondRun).toEqual([{ path: '/list/', browser: false, cookie: true }]);
  });

  it('a profile fixed to plain HTTP fails with a hint instead', async () => {
    const site = await challengeSite();
    const [summary] = await crawl({
      profiles: [profile(site.base, 'http')],
      store: freshStore(),
      delayMs: 0,
    });
    expect(summary?.status).toBe('unreachable');
    expect(summary?.error).toMatch(/JS challenge \(HTTP 412\); set the profile's fetch to "auto"/);
    expect(site.hits.some((h) => h.browser)).toBe(false);
  });
});

describe.skipIf(!chromium)('crawl: fetch "browser"', () => {
  it('reads a list that a script writes after the page loaded', async () => {
    const script = `setTimeout(() => { document.querySelector('ul.list').innerHTML = ${JSON.stringify(listItems)}; }, 50);`;
    const site = await fakeSite((path, res) => {
      if (path === '/list/')
        return page(
          res,
          `<html><body><ul class="list"></ul><script>${script}</script></body></html>`,
        );
      page(res, detail(path).replace(/<a href="\/f[^<]*<\/a>/, ''));
    }, false);
    const browser = { executablePath: chromium! };
    const [summary] = await crawl({
      profiles: [profile(site.base, 'browser')],
      store: freshStore(),
      delayMs: 0,
      browser,
    });
    expect(summary).toMatchObject({ new: 3, status: 'ok', browserRequests: 4 });
  });
});
