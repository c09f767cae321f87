// Politeness and failure handling, measured at the server: requests at a time per host, the
// delay between them, robots.txt, the User-Agent, retries of 5xx, no retries of 404, a dead
// site beside a live one.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { crawl } from '../../scraper/crawl/crawl.ts';
import type { CrawlOptions } from '../../scraper/crawl/crawl-types.ts';
import { openStore } from '../../scraper/store/open-store.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { tempDir } from '../support/fake-notice.ts';
import {
  fakeListBody,
  fakeNoticeBody,
  fakePage,
  fakeProfile,
  listenLocally,
} from '../support/fake-site.ts';

interface Hit {
  path: string;
  at: number;
  userAgent: string;
}

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/**
 * A site with one list of `count` notices; `answer` may take over a request. Records every
 * request and the most requests it was serving at once.
 */
async function fakeSite(
  count: number,
  options: {
    robots?: string;
    slowMs?: number;
    answer?: (path: string, res: ServerResponse) => boolean;
  } = {},
) {
  const hits: Hit[] = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    hits.push({ path, at: performance.now(), userAgent: req.headers['user-agent'] ?? '' });
    if (options.answer?.(path, res)) return;
    if (path === '/robots.txt')
      return void res.writeHead(options.robots ? 200 : 404).end(options.robots);
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    setTimeout(() => {
      state.inFlight--;
      const entries = Array.from({ length: count }, (_, i) => ({
        href: `/d/${i}.html`,
        title: `关于第${i}项科研工作的通知`,
        date: `2024-05-0${(i % 9) + 1}`,
      }));
      const body =
        path === '/list/'
          ? fakeListBody(entries)
          : fakeNoticeBody(path, '为做好科研项目管理工作，现将有关事项通知如下。');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fakePage(body));
    }, options.slowMs ?? 0);
  });
  const base = await listenLocally(server);
  closers.push(() => server.close());
  const details = () => hits.filter((h) => h.path.startsWith('/d/'));
  return { base, hits, state, details };
}

const profileAt = (base: string, id = 'fake-polite') => fakeProfile(id, `${base}/list/`);

function freshStore(): Store {
  const store = openStore(join(tempDir(), 'kjwatch.db'));
  closers.push(() => store.close());
  return store;
}

const fast: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 5 };

describe('crawl: politeness', () => {
  it.each([1, 3])('never more than %i request(s) at a time per host', async (concurrency) => {
    const site = await fakeSite(12, { slowMs: 40 });
    const [summary] = await crawl({
      ...fast,
      concurrency,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(summary?.new).toBe(12);
    // At most N, and N is reached: the limit is what runs, not a lower accident.
    expect(site.state.maxInFlight).toBe(concurrency);
  });

  it.each([1, 2])(
    'waits the delay between requests to one host (%i at a time)',
    async (concurrency) => {
      const site = await fakeSite(4);
      await crawl({
        delayMs: 150,
        concurrency,
        profiles: [profileAt(site.base)],
        store: freshStore(),
      });
      const pages = site.hits.filter((h) => h.path !== '/robots.txt');
      // In list order, each request at least the delay after the one before.
      expect(pages.map((h) => h.path)).toEqual([
        '/list/',
        '/d/0.html',
        '/d/1.html',
        '/d/2.html',
        '/d/3.html',
      ]);
      const gaps = pages.slice(1).map((h, i) => h.at - pages[i]!.at);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(145);
    },
  );

  it('names kjwatch and the contact in the User-Agent', async () => {
    const site = await fakeSite(1);
    await crawl({
      ...fast,
      contact: 'ops@example.org',
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(new Set(site.hits.map((h) => h.userAgent))).toEqual(
      new Set(['kjwatch/0.1 (+ops@example.org)']),
    );
  });

  it('obeys a robots.txt Disallow and counts what it skipped', async () => {
    const robots =
      'User-agent: *\nDisallow: /d/1.html\n\nUser-agent: kjwatch\nDisallow: /d/2.html\n';
    const site = await fakeSite(4, { robots });
    const [summary] = await crawl({
      ...fast,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    // The kjwatch group applies (RFC 9309: the most specific group wins): 2 is skipped, 1 is not.
    expect(
      site
        .details()
        .map((h) => h.path)
        .sort(),
    ).toEqual(['/d/0.html', '/d/1.html', '/d/3.html']);
    expect(summary).toMatchObject({ new: 3, skipped: 1, status: 'ok' });
  });
});

describe('crawl: failures', () => {
  it('retries a 500 with backoff until the site recovers', async () => {
    let failures = 2;
    const site = await fakeSite(2, {
      answer: (path, res) => {
        if (path !== '/d/1.html' || failures === 0) return false;
        failures--;
        res.writeHead(500).end('busy');
        return true;
      },
    });
    const [summary] = await crawl({
      ...fast,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(summary).toMatchObject({ new: 2, failed: 0, status: 'ok' });
    expect(site.details().filter((h) => h.path === '/d/1.html')).toHaveLength(3);
  });

  it('records a 404 as failed without retrying it', async () => {
    const site = await fakeSite(2, {
      answer: (path, res) => path === '/d/0.html' && !!res.writeHead(404).end(),
    });
    const [summary] = await crawl({
      ...fast,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(summary).toMatchObject({ new: 1, failed: 1, status: 'partial' });
    expect(site.details().filter((h) => h.path === '/d/0.html')).toHaveLength(1);
  });

  it('reads nothing of a site whose robots.txt answers 503 (RFC 9309), after retrying it', async () => {
    const site = await fakeSite(2, {
      answer: (path, res) => path === '/robots.txt' && !!res.writeHead(503).end('busy'),
    });
    const [summary] = await crawl({
      ...fast,
      maxRetries: 2,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(site.hits.map((h) => h.path)).toEqual(['/robots.txt', '/robots.txt', '/robots.txt']);
    expect(summary).toMatchObject({ new: 0, status: 'unreachable' });
    expect(summary?.error).toMatch(/^robots\.txt cannot be read \(.*HTTP 503\): nothing fetched/);
  });

  it('a robots.txt that fails once and then answers is obeyed', async () => {
    let busy = 1;
    const site = await fakeSite(2, {
      robots: 'User-agent: *\nDisallow: /d/1.html\n',
      answer: (path, res) => path === '/robots.txt' && busy-- > 0 && !!res.writeHead(500).end(),
    });
    const [summary] = await crawl({
      ...fast,
      profiles: [profileAt(site.base)],
      store: freshStore(),
    });
    expect(summary).toMatchObject({ new: 1, skipped: 1, failed: 0, status: 'ok' });
    expect(site.details().map((h) => h.path)).toEqual(['/d/0.html']);
  });

  it('reports a dead site while the other site completes', async () => {
    const site = await fakeSite(3);
    const dead = createServer();
    const deadBase = await listenLocally(dead);
    await new Promise<void>((resolve) => dead.close(() => resolve()));
    const profiles = [profileAt(deadBase, 'fake-dead'), profileAt(site.base, 'fake-alive')];
    const [deadSummary, alive] = await crawl({
      ...fast,
      maxRetries: 2,
      profiles,
      store: freshStore(),
    });
    expect(deadSummary).toMatchObject({
      siteId: 'fake-dead',
      status: 'unreachable',
      new: 0,
      failed: 1,
    });
    expect(deadSummary?.error).toMatch(/ECONNREFUSED/);
    expect(alive).toMatchObject({ siteId: 'fake-alive', status: 'ok', new: 3 });
  });
});
