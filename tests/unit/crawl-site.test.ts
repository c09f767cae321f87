// The crawler against a small TRS-style site on 127.0.0.1: paging, details, fields, evidence,
// the incremental re-run, a GBK site, attachments, a changed site and the other paging types.

import { statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crawl } from '../../scraper/crawl/crawl.ts';
import type { CrawlOptions } from '../../scraper/crawl/crawl-types.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { tempDir } from '../support/fake-notice.ts';

// iconv-lite ships with the toolchain (a transitive dependency); only tests use it, to write GBK.
const iconv = createRequire(import.meta.url)('iconv-lite') as {
  encode(s: string, enc: string): Buffer;
};

type Route = (req: IncomingMessage, res: ServerResponse) => void;
const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A site on 127.0.0.1 that logs the paths it was asked for. */
async function fakeSite(route: Route) {
  const paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths };
}

const html = (res: ServerResponse, body: string | Uint8Array, type = 'text/html; charset=utf-8') =>
  res.writeHead(200, { 'content-type': type }).end(body);

const entry = (href: string, title: string, date: string) =>
  `<li><a href="${href}" title="${title}">${title}</a><span>${date}</span></li>`;

/** TRS list page `page` of `pages`, three notices each: t2024010{page}_{i}.html. */
function trsList(page: number, pages: number): string {
  const items = [0, 1, 2]
    .map((i) =>
      entry(
        `./202401/t2024010${page + 1}_${i}.html`,
        `关于第${page}页第${i}项巡视整改工作的通知`,
        `2024-01-0${page + 1}`,
      ),
    )
    .join('');
  return `<html><body><ul class="list">${items}</ul><script>createPageHTML(${pages}, ${page}, "index", "html");</script></body></html>`;
}

function detail(title: string, extra = ''): string {
  return `<html><head><meta name="ArticleTitle" content="${title}"><meta name="PubDate" content="2024-01-05 09:30"><meta name="ContentSource" content="测试科技厅"></head>
<body><h1>${title}</h1><div class="TRS_Editor"><p>各有关单位：根据巡视反馈意见，现就整改落实工作通知如下。</p><p>一、提高认识，压实责任。</p>${extra}</div></body></html>`;
}

const profileFor = (base: string, over: Partial<SiteProfile> = {}): SiteProfile => ({
  id: 'fake-trs',
  name: '通知公告',
  org: '测试科技厅',
  level: 'provincial',
  start: [`${base}/tzgg/index.html`],
  list: { item: 'ul.list li', link: 'a', date: 'span', paging: { type: 'trs' } },
  fetch: 'http',
  ...over,
});

function freshStore(): Store {
  const store = openStore(join(tempDir(), 'kjwatch.db'));
  closers.push(() => store.close());
  return store;
}

const fast: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 5, maxRetries: 1 };

function trsSite() {
  return fakeSite((req, res) => {
    const list = /^\/tzgg\/index(?:_(\d))?\.html$/.exec(req.url ?? '');
    if (list) return html(res, trsList(Number(list[1] ?? 0), 3));
    html(res, detail(`巡视整改通知${req.url}`));
  });
}

describe('crawl: a TRS site', () => {
  it('reads every list page, then every notice, with its fields and raw page', async () => {
    const site = await trsSite();
    const store = freshStore();
    const rules = [{ id: 'inspection', any: ['巡视'], all: ['整改'] }];
    const [summary] = await crawl({ ...fast, profiles: [profileFor(site.base)], store, rules });
    expect(summary).toMatchObject({
      siteId: 'fake-trs',
      new: 9,
      updated: 0,
      failed: 0,
      status: 'ok',
    });
    expect(site.paths.filter((p) => /index/.test(p))).toEqual([
      '/tzgg/index.html',
      '/tzgg/index_1.html',
      '/tzgg/index_2.html',
    ]);
    const url = `${site.base}/tzgg/202401/t20240102_1.html`;
    const notice = store.getNotice(noticeId(url));
    expect(notice).toMatchObject({
      url,
      siteId: 'fake-trs',
      title: '巡视整改通知/tzgg/202401/t20240102_1.html',
      publishedAt: '2024-01-05T09:30+08:00',
      matches: ['inspection'],
    });
    const version = store.getNoticeVersions(noticeId(url))[0]!;
    const raw = store.getRawPage(version.rawPage!)!;
    expect(raw).toMatchObject({ url, status: 200, contentType: 'text/html; charset=utf-8' });
    expect(new TextDecoder().decode(raw.body)).toContain('<div class="TRS_Editor">');
    expect(Date.parse(raw.fetchedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('re-run: list pages only, everything unchanged', async () => {
    const site = await trsSite();
    const store = freshStore();
    await crawl({ ...fast, profiles: [profileFor(site.base)], store });
    site.paths.length = 0;
    const [again] = await crawl({ ...fast, profiles: [profileFor(site.base)], store });
    expect(site.paths).toEqual(['/robots.txt', '/tzgg/index.html']);
    expect(again).toMatchObject({
      new: 0,
      updated: 0,
      unchanged: 3,
      failed: 0,
      requests: 2,
      status: 'ok',
    });
  });

  it('--refresh refetches known notices and keeps a changed one as a new version', async () => {
    let edition = 1;
    const site = await fakeSite((req, res) => {
      if (req.url === '/tzgg/index.html') return html(res, trsList(0, 1));
      html(
        res,
        detail(`通知${req.url}`, req.url?.endsWith('_0.html') ? `<p>第${edition}版。</p>` : ''),
      );
    });
    const store = freshStore();
    await crawl({ ...fast, profiles: [profileFor(site.base)], store });
    edition = 2;
    const [summary] = await crawl({
      ...fast,
      profiles: [profileFor(site.base)],
      store,
      refresh: true,
    });
    expect(summary).toMatchObject({ new: 0, updated: 1, unchanged: 2 });
    const id = noticeId(`${site.base}/tzgg/202401/t20240101_0.html`);
    expect(store.getNoticeVersions(id).map((v) => v.version)).toEqual([1, 2]);
  });

  it('reads no more list pages than --max-pages', async () => {
    const site = await trsSite();
    const [summary] = await crawl({
      ...fast,
      maxPages: 2,
      profiles: [profileFor(site.base)],
      store: freshStore(),
    });
    expect(summary?.new).toBe(6);
    expect(site.paths).not.toContain('/tzgg/index_2.html');
  });

  it('stops soon after the store is full, says so, and counts only what was saved', async () => {
    // Nine list pages of twelve: 108 notices, more than the saves a host may have in flight.
    const bigList = (page: number) => {
      const items = Array.from({ length: 12 }, (_, i) =>
        entry(
          `./202401/t2024010${page + 1}_${i}.html`,
          `第${page}页第${i}项整改通知`,
          '2024-01-02',
        ),
      );
      return `<html><body><ul class="list">${items.join('')}</ul><script>createPageHTML(9, ${page}, "index", "html");</script></body></html>`;
    };
    const site = await fakeSite((req, res) => {
      const list = /^\/tzgg\/index(?:_(\d))?\.html$/.exec(req.url ?? '');
      if (list) return html(res, bigList(Number(list[1] ?? 0)));
      html(res, detail(`巡视整改通知${req.url}`));
    });
    const path = join(tempDir(), 'kjwatch.db');
    openStore(path).close();
    // Room for a few notices: a later save fails as on a full disk (SQLITE_FULL).
    const store = openStore(path, { maxPageCount: Math.ceil(statSync(path).size / 4096) + 3 });
    closers.push(() => store.close());
    const profiles = [profileFor(site.base)];
    const [summary] = await crawl({ ...fast, profiles, store, maxPages: 9 });
    expect(summary?.status).not.toBe('ok');
    expect(summary?.error).toMatch(/is full/);
    // The host stops at the first failed save instead of failing every notice in turn; the
    // saves already handed to the writer (up to 32) are answered first: ~33 fetched, 108 without
    // the stop.
    const fetched = site.paths.filter((p) => p.includes('/202401/')).length;
    expect(fetched).toBeLessThan(72);
    // Saves are committed in batches: the one the disk could not hold is undone whole, so how
    // many made it depends on how the batches fell; the count must match whatever the file holds.
    const saved = store.listNotices();
    expect(saved.length).toBeLessThan(fetched);
    expect(summary?.new).toBe(saved.length);
  });

  it('decodes a GBK site', async () => {
    const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
    const site = await fakeSite((req, res) => {
      const type = 'text/html; charset=GBK';
      if (req.url === '/tzgg/index.html') return html(res, gbk(trsList(0, 1)), type);
      html(res, gbk(detail('关于开展科技项目申报工作的通知')), type);
    });
    const store = freshStore();
    const [summary] = await crawl({ ...fast, profiles: [profileFor(site.base)], store });
    expect(summary?.new).toBe(3);
    const notice = store.getNotice(noticeId(`${site.base}/tzgg/202401/t20240101_0.html`))!;
    expect(notice.title).toBe('关于开展科技项目申报工作的通知');
    expect(notice.bodyText).toContain('各有关单位：根据巡视反馈意见');
  });
});

describe('crawl: attachments', () => {
  it('stores each file once by content hash and refuses an HTML page named .pdf', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n% a small pdf\n');
    const site = await fakeSite((req, res) => {
      if (req.url === '/tzgg/index.html') return html(res, trsList(0, 1));
      if (req.url === '/files/form.pdf') return html(res, pdf, 'application/pdf');
      if (req.url === '/files/gone.pdf')
        return html(res, '<html><body>404 页面不存在</body></html>');
      const files =
        '<p><a href="/files/form.pdf">申报表.pdf</a></p><p><a href="/files/gone.pdf">说明.pdf</a></p>';
      html(res, detail(`通知${req.url}`, files));
    });
    const store = freshStore();
    const [summary] = await crawl({ ...fast, profiles: [profileFor(site.base)], store });
    // Three notices share form.pdf: downloaded for each, stored once. gone.pdf fails each time.
    expect(summary).toMatchObject({ new: 3, attachments: 1, failed: 3, status: 'partial' });
    expect(site.paths.filter((p) => p === '/files/gone.pdf')).toHaveLength(3);
    expect(summary?.error).toMatch(/HTML page came instead of the file/);
  });
});

describe('crawl: a site whose markup moved', () => {
  it('reports site-changed with the message, not "0 new"', async () => {
    const site = await fakeSite((_req, res) => {
      const items = [1, 2, 3, 4]
        .map(
          (i) =>
            `<div class="row"><a href="/a/${i}.html">关于第${i}批项目立项的通知</a><em>2024-02-0${i}</em></div>`,
        )
        .join('');
      html(res, `<html><body><div class="news-list">${items}</div></body></html>`);
    });
    const [summary] = await crawl({
      ...fast,
      profiles: [profileFor(site.base)],
      store: freshStore(),
    });
    expect(summary?.status).toBe('site-changed');
    expect(summary?.error).toMatch(/"ul\.list li" finds no notices/);
    expect(site.paths).toEqual(['/robots.txt', '/tzgg/index.html']);
  });

  it('reports a start page that is gone (404) as site-changed, after one request', async () => {
    const site = await fakeSite((_req, res) => void res.writeHead(404).end());
    const [summary] = await crawl({
      ...fast,
      profiles: [profileFor(site.base)],
      store: freshStore(),
    });
    expect(summary).toMatchObject({ status: 'site-changed', failed: 1, requests: 2 });
    expect(summary?.error).toMatch(/answers HTTP 404/);
  });
});

describe('crawl: paging types', () => {
  const twoPages =
    (first: string, second: string) => (req: IncomingMessage, res: ServerResponse) => {
      const page = req.url === first ? 0 : req.url === second ? 1 : -1;
      if (page < 0) return html(res, detail(`通知${req.url}`));
      const items = [0, 1].map((i) =>
        entry(`/d/${page}_${i}.html`, `第${page}页第${i}项通知标题`, '2024-03-01'),
      );
      const next = page === 0 ? `<a class="next" href="${second}">下一页</a>` : '';
      html(res, `<html><body><ul class="list">${items.join('')}</ul>${next}</body></html>`);
    };

  it.each([
    ['next', '/news/', '/news/p2.html', { type: 'next', selector: 'a.next' }],
    ['param', '/news/list?page=1', '/news/list?page=2', { type: 'param', template: '?page={n}' }],
  ] as const)('%s paging', async (_name, first, second, paging) => {
    const site = await fakeSite(twoPages(first, second));
    const profile = profileFor(site.base, {
      start: [`${site.base}${first}`],
      list: { item: 'ul.list li', paging },
    });
    const [summary] = await crawl({ ...fast, profiles: [profile], store: freshStore() });
    expect(summary).toMatchObject({ new: 4, status: 'ok' });
    expect(site.paths).toContain(second);
  });

  it('a list written by a script (Beijing) with no paging', async () => {
    const site = await fakeSite((req, res) => {
      if (req.url !== '/col/col736/index.html') return html(res, detail(`通知${req.url}`));
      const js = [0, 1, 2]
        .map(
          (i) =>
            `urls[${i}]='/art/2024/1/${i + 1}/art_736_${i}.html';headers[${i}]="关于第${i}项工作的通知";year[${i}]='2024';month[${i}]='1';day[${i}]='${i + 1}';`,
        )
        .join('');
      html(
        res,
        `<html><body><div id="list"></div><script>var urls=[],headers=[],year=[],month=[],day=[];${js}</script></body></html>`,
      );
    });
    const profile = profileFor(site.base, {
      start: [`${site.base}/col/col736/index.html`],
      list: {
        item: 'script',
        script: { url: 'urls', title: 'headers', date: ['year', 'month', 'day'] },
        paging: { type: 'none' },
      },
    });
    const store = freshStore();
    const [summary] = await crawl({ ...fast, profiles: [profile], store });
    expect(summary).toMatchObject({ new: 3, status: 'ok' });
    expect(store.hasNotice(noticeId(`${site.base}/art/2024/1/2/art_736_1.html`))).toBe(true);
  });
});
