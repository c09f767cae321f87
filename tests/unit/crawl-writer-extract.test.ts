// Detail pages are extracted on the crawl's writer thread, or on the crawl's own thread when the
// writer already has pages waiting (writer-thread.ts): either way the notice is the one
// noticeFromPage gives, GBK pages decoded and the crawl's rules matched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { noticeFromPage } from '../../scraper/crawl/notice-from-page.ts';
import { openCrawlWriter } from '../../scraper/crawl/writer/crawl-writer.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import type { WatchRule } from '../../shared/model.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import { getProfile } from '../../shared/sites/index.ts';
import { tempDir } from '../support/fake-notice.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/sites/most-tztg');
const html = readFileSync(join(FIXTURES, 'detail.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'detail.expected.json'), 'utf8')) as {
  url: string;
  title: string;
};
const RULES: WatchRule[] = [
  { id: 'activity-week', any: ['科技活动周'] },
  { id: 'unrelated', any: ['量子通信卫星'] },
];

/** The fixture as fetched from page `n`: even pages UTF-8, odd ones re-encoded as GBK. */
function fetched(n: number) {
  const gbk = n % 2 === 1;
  const body = gbk
    ? new Uint8Array(iconv.encode(html.replace('charset=utf-8', 'charset=gbk'), 'gbk'))
    : new TextEncoder().encode(html);
  const url = expected.url.replace('.html', `_${n}.html`);
  return {
    url,
    finalUrl: url,
    status: 200,
    headers: {},
    contentType: `text/html; charset=${gbk ? 'gbk' : 'utf-8'}`,
    body,
    via: 'http' as const,
    fetchedAt: '2024-04-03T09:00:00.000Z',
  };
}

const stores: Store[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('extracting detail pages for the crawl', () => {
  it('gives what noticeFromPage gives, for a burst of pages more than the thread takes at once', async () => {
    const store = openStore(join(tempDir(), 'k.db'));
    stores.push(store);
    const writer = openCrawlWriter(store, RULES);
    const profile = getProfile('most-tztg')!;
    const listed = { title: '列表标题' };
    const pages = Array.from({ length: 10 }, (_, n) => fetched(n));
    const notices = await Promise.all(pages.map((p) => writer.extractNotice(p, profile, listed)));
    await writer.close();
    const matcher = compileRules(RULES);
    notices.forEach((notice, n) => {
      expect(notice).toEqual(noticeFromPage(pages[n]!, profile, listed, matcher));
      expect(notice.url).toBe(pages[n]!.url);
      expect(notice.title).toBe(expected.title);
      expect(notice.matches).toEqual(['activity-week']);
    });
  });

  it('matches nothing when the crawl has no rules', async () => {
    const store = openStore(join(tempDir(), 'k.db'));
    stores.push(store);
    const writer = openCrawlWriter(store);
    const notice = await writer.extractNotice(fetched(1), getProfile('most-tztg')!, {
      title: '列表标题',
    });
    await writer.close();
    expect(notice.title).toBe(expected.title);
    expect(notice.matches).toEqual([]);
  });
});
