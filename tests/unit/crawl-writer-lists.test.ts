// List pages are read on the crawl's writer thread while it has little else to do, and on the
// crawl's own thread otherwise (writer-thread.ts): either way the entries and the next page are
// the ones listFromPage gives, and a page the profile no longer fits says so instead of failing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFromPage } from '../../scraper/crawl/list-from-page.ts';
import { openCrawlWriter } from '../../scraper/crawl/writer/crawl-writer.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { getProfile } from '../../shared/sites/index.ts';
import { tempDir } from '../support/fake-notice.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/sites/most-tztg');
const html = readFileSync(join(FIXTURES, 'list.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'list.expected.json'), 'utf8')) as {
  url: string;
  entries: { url: string; title: string }[];
};
const profile = getProfile('most-tztg')!;

function fetched(text: string, url = expected.url) {
  return {
    url,
    finalUrl: url,
    contentType: 'text/html; charset=utf-8',
    body: new TextEncoder().encode(text),
    fetchedAt: '2024-04-13T09:00:00.000Z',
  };
}

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function writerOnDisk() {
  const store = openStore(join(tempDir(), 'k.db'));
  stores.push(store);
  return openCrawlWriter(store);
}

describe('reading list pages for the crawl', () => {
  it('gives what listFromPage gives, for a burst of pages more than the thread takes at once', async () => {
    const writer = writerOnDisk();
    const pages = Array.from({ length: 8 }, (_, n) => ({
      page: fetched(html),
      paging: { pageIndex: n },
    }));
    const readings = await Promise.all(
      pages.map(({ page, paging }) => writer.readList(page, profile, paging)),
    );
    await writer.close();
    readings.forEach((reading, n) => {
      expect(reading).toEqual(listFromPage(pages[n]!.page, profile, pages[n]!.paging));
      expect(reading.entries?.map((e) => e.url)).toEqual(expected.entries.map((e) => e.url));
    });
    // TRS paging: the page says it is 1 of 34; the profile reads 5 pages at most.
    expect(readings[0]!.entries && readings[0]!.next).toEqual([
      'https://www.most.gov.cn/tztg/index_1.html',
    ]);
    expect(readings[4]!.entries && readings[4]!.next).toEqual([]);
  });

  it('takes --max-pages over the profile', async () => {
    const writer = writerOnDisk();
    const reading = await writer.readList(fetched(html), profile, { pageIndex: 0, maxPages: 1 });
    await writer.close();
    expect(reading.entries).toHaveLength(expected.entries.length);
    expect(reading.entries && reading.next).toEqual([]);
  });

  it('says the site changed when the profile finds no list, through the thread too', async () => {
    const writer = writerOnDisk();
    // Dated notice links, but not where the profile looks for them.
    const rows = [1, 2, 3, 4]
      .map(
        (i) =>
          `<div class="row"><a href="/tztg/${i}.html">关于第${i}批项目立项的通知</a><em>2024-02-0${i}</em></div>`,
      )
      .join('');
    const moved = fetched(`<html><body><div class="news-list">${rows}</div></body></html>`);
    const reading = await writer.readList(moved, profile, { pageIndex: 0 });
    await writer.close();
    expect(reading.entries).toBeUndefined();
    expect(reading).toEqual(listFromPage(moved, profile, { pageIndex: 0 }));
    expect(reading.entries === undefined && reading.siteChanged).toMatch(/"most-tztg" no longer/);
  });
});
