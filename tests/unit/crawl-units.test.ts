// The crawler's small decisions, one table each: what is a JS challenge, which proxy applies,
// which status a site ends with, how profiles share a host, what the summary looks like.
import { describe, expect, it } from 'vitest';
import { resolveCrawlSettings } from '../../scraper/crawl/crawl-settings.ts';
import { groupByHost } from '../../scraper/crawl/group-by-host.ts';
import { SiteTally } from '../../scraper/crawl/site-tally.ts';
import { formatSummaryLine, formatSummaryTable } from '../../scraper/crawl/summary-table.ts';
import { isJsChallenge } from '../../scraper/fetch/js-challenge.ts';
import { bypassesProxy, proxyFromEnv } from '../../scraper/fetch/proxy-bridge.ts';
import type { Store } from '../../scraper/store/store-types.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const cookieScript = '<html><script>document.cookie="a=1";location.reload()</script></html>';

describe('isJsChallenge', () => {
  it.each([
    ['412, any page', 412, '<html>anything</html>', true],
    ['521, empty', 521, '', true],
    ['200, a tiny page setting a cookie', 200, cookieScript, true],
    ['200, a real page that also sets a cookie', 200, `${cookieScript}${' '.repeat(3000)}`, false],
    [
      '200, a tiny page with another script',
      200,
      '<html><script>var x = 1;</script></html>',
      false,
    ],
    ['404, a tiny page setting a cookie', 404, cookieScript, true],
    ['200, a file', 200, '%PDF-1.4 document.cookie=', false],
  ])('%s → %s', (_name, status, body, expected) => {
    expect(isJsChallenge(status, bytes(body))).toBe(expected);
  });
});

describe('proxies', () => {
  it.each([
    [undefined, { HTTPS_PROXY: 'http://a:1', ALL_PROXY: 'socks5://b:2' }, 'http://a:1'],
    [undefined, { all_proxy: 'socks5://b:2', HTTP_PROXY: 'http://c:3' }, 'socks5://b:2'],
    ['http://opt:4', { HTTPS_PROXY: 'http://a:1' }, 'http://opt:4'],
    [undefined, { HTTPS_PROXY: '' }, undefined],
  ])('option %s with env %j → %s', (option, env, expected) => {
    expect(proxyFromEnv(option, env)).toBe(expected);
  });

  it.each([
    ['127.0.0.1:8080', {}, true],
    ['localhost', {}, true],
    ['www.most.gov.cn', {}, false],
    ['www.most.gov.cn', { NO_PROXY: '.gov.cn' }, true],
    ['kjt.sc.gov.cn:443', { no_proxy: 'example.org, sc.gov.cn' }, true],
    ['most.gov.cn.evil.com', { NO_PROXY: 'most.gov.cn' }, false],
  ])('%s with %j bypasses the proxy: %s', (host, env, expected) => {
    expect(bypassesProxy(host, env)).toBe(expected);
  });
});

describe('site status', () => {
  it.each([
    ['all read', { listPagesRead: 1 }, 0, 'ok'],
    ['a notice failed', { listPagesRead: 1 }, 1, 'partial'],
    ['the start page failed', { startFailure: 'ECONNREFUSED' }, 1, 'unreachable'],
    ['markup moved', { listPagesRead: 1, siteChanged: 'moved' }, 0, 'site-changed'],
    ['stopped', { listPagesRead: 1, stopped: true }, 0, 'partial'],
  ] as const)('%s', (_name, state, failures, status) => {
    const tally = Object.assign(new SiteTally('s'), state);
    for (let i = 0; i < failures; i++) tally.fail('x');
    expect(tally.summary().status).toBe(status);
  });

  it('counts a notice pinned on every list page once', () => {
    const tally = new SiteTally('s');
    tally.count('a', 'unchanged');
    tally.count('a', 'unchanged');
    tally.count('b', 'new');
    expect(tally.counts).toEqual({ new: 1, updated: 0, unchanged: 1 });
  });
});

describe('settings and grouping', () => {
  const store = { path: '/data/kjwatch/kjwatch.db' } as Store;

  it('is polite by default and names the contact', () => {
    const s = resolveCrawlSettings({ profiles: [], store, contact: 'me@uni.edu' });
    expect(s).toMatchObject({ delayMs: 1000, concurrency: 1, respectRobots: true, maxRetries: 3 });
    expect(s.userAgent).toBe('kjwatch/0.1 (+me@uni.edu)');
    expect(s.stateDir).toBe('/data/kjwatch/kjwatch.db.crawl');
    expect(s.warcDir).toBe('/data/kjwatch/warc');
    expect(
      resolveCrawlSettings({ profiles: [], store: { path: ':memory:' } as Store }).stateDir,
    ).toBeUndefined();
  });

  it('puts MOST’s columns on one host crawler', () => {
    const groups = groupByHost(builtInProfiles);
    expect(groups.get('www.most.gov.cn')?.map((p) => p.id)).toEqual([
      'most-tztg',
      'most-kjbgz',
      'most-fgzc',
    ]);
  });
});

describe('summary', () => {
  const summary = {
    siteId: 'most-tztg',
    new: 3,
    updated: 1,
    unchanged: 12,
    failed: 0,
    skipped: 0,
    requests: 6,
    browserRequests: 1,
    durationMs: 4200,
    status: 'ok' as const,
  };

  it('prints an aligned table', () => {
    expect(
      formatSummaryTable([summary, { ...summary, siteId: 'x', status: 'unreachable', new: 0 }]),
    ).toBe(
      [
        'site       new  updated  unchanged  failed  skipped  requests   time  status',
        'most-tztg    3        1         12       0        0      6+1b  4.2 s  ok',
        'x            0        1         12       0        0      6+1b  4.2 s  unreachable',
        '',
      ].join('\n'),
    );
  });

  it('prints one log line', () => {
    expect(
      formatSummaryLine({ ...summary, status: 'partial', failed: 1, error: 'x: HTTP 404' }),
    ).toBe('most-tztg: partial — 3 new, 1 updated, 12 unchanged, 1 failed (4.2 s) — x: HTTP 404');
  });
});
