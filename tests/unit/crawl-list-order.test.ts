// The order a host's requests go out in, seen at the server: the next list page goes before
// the notices already waiting, so a list's pages do not run one after another at the end.
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

/** Three list pages (next links) of three notices each; records the paths asked for. */
async function pagedSite() {
  const paths: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    if (path === '/robots.txt') return void res.writeHead(404).end();
    paths.push(path);
    const page = /^\/list\/(\d)\.html$/.exec(path)?.[1];
    let body = fakeNoticeBody(path, '为做好科研项目管理工作，现将有关事项通知如下。');
    if (page) {
      const n = Number(page);
      const entries = [0, 1, 2].map((i) => ({
        href: `/d/${n}-${i}.html`,
        title: `关于第${n}页第${i}项科研工作的通知`,
        date: `2024-05-0${i + 1}`,
      }));
      const next = n < 3 ? `<a class="next" href="/list/${n + 1}.html">下一页</a>` : '';
      body = fakeListBody(entries, next);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fakePage(body));
  });
  const base = await listenLocally(server);
  closers.push(() => server.close());
  const profile = fakeProfile('fake-paged', `${base}/list/1.html`, {
    list: { item: 'ul.list li', paging: { type: 'next', selector: 'a.next' } },
  });
  return { profile, paths };
}

describe('the order of a host requests', () => {
  it('reads the next list page before the notices already waiting', async () => {
    const site = await pagedSite();
    const store = openStore(join(tempDir(), 'kjwatch.db'));
    closers.push(() => store.close());
    const [summary] = await crawl({ profiles: [site.profile], store, delayMs: 0, concurrency: 1 });
    expect(summary?.new).toBe(9);
    // One request at a time: each list page is read right after the one that links to it.
    expect(site.paths.slice(0, 3)).toEqual(['/list/1.html', '/list/2.html', '/list/3.html']);
    expect(site.paths.slice(3).sort()).toEqual(
      [1, 2, 3].flatMap((n) => [0, 1, 2].map((i) => `/d/${n}-${i}.html`)),
    );
  });
});
