// The replica sites' test knobs, which the crawler's end-to-end tests and the bench rely on:
// robots.txt, failing first requests, a dead port, latency, and the request log that counts
// requests in flight at the server. Also the generated 10,000-notice site.
import { afterEach, describe, expect, it } from 'vitest';
import { type ReplicaSites, startReplicaSites } from '../../scraper/demo/start-replica-sites.ts';
import { startSyntheticSite } from '../../scraper/demo/synthetic-site.ts';

let replica: ReplicaSites | undefined;
afterEach(async () => {
  await replica?.close();
  replica = undefined;
});

const status = async (url: string, init?: RequestInit) => (await fetch(url, init)).status;

describe('replica knobs', () => {
  it('serves robots.txt when given one, 404 otherwise', async () => {
    replica = await startReplicaSites({
      only: ['anhui', 'siom'],
      behaviours: { anhui: { robots: 'User-agent: *\nDisallow: /kjzx/tzgg/121530086.html\n' } },
    });
    const res = await fetch(`${replica.site('anhui').origin}/robots.txt`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain('Disallow: /kjzx/tzgg/121530086.html');
    expect(await status(`${replica.site('siom').origin}/robots.txt`)).toBe(404);
    expect(replica.site('anhui').log.entries[0]!.kind).toBe('robots');
  });

  it('failFirst: answers 500 to the first n requests (robots.txt aside), then recovers', async () => {
    replica = await startReplicaSites({ only: ['siom'], behaviours: { siom: { failFirst: 2 } } });
    const site = replica.site('siom');
    const start = site.profiles[0]!.start[0]!;
    expect(await status(`${site.origin}/robots.txt`)).toBe(404);
    expect([await status(start), await status(start), await status(start)]).toEqual([
      500, 500, 200,
    ]);
    expect(site.log.entries.map((e) => `${e.kind} ${e.status}`)).toEqual([
      'robots 404',
      'list 500',
      'list 500',
      'list 200',
    ]);
  });

  it('dead: nothing listens on the site port; the others are up', async () => {
    replica = await startReplicaSites({
      only: ['most', 'gansu'],
      behaviours: { gansu: { dead: true } },
    });
    const dead = replica.site('gansu');
    expect(dead.dead).toBe(true);
    expect(dead.profiles[0]!.start[0]).toContain(`:${dead.port}/`);
    await expect(fetch(dead.profiles[0]!.start[0]!)).rejects.toThrow();
    expect(await status(replica.site('most').profiles[0]!.start[0]!)).toBe(200);
  });

  it('logs each request with its User-Agent, cookie and the requests in flight at arrival', async () => {
    replica = await startReplicaSites({
      only: ['suining'],
      behaviours: { suining: { latencyMs: 150 } },
    });
    const site = replica.site('suining');
    const urls = site.notices.slice(0, 5).map((n) => n.url);
    const t0 = Date.now();
    const headers = { 'user-agent': 'kjwatch-test/1 (+me@example.org)', cookie: 'a=1' };
    await Promise.all(urls.map((u) => fetch(u, { headers }).then((r) => r.text())));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    expect(site.log.maxInFlight).toBe(5);
    expect(site.log.entries.map((e) => e.inFlight).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(site.log.count('detail')).toBe(5);
    for (const e of site.log.entries) {
      expect(e.userAgent).toBe(headers['user-agent']);
      expect(e.cookie).toBe('a=1');
      expect(e.endTime! - e.time).toBeGreaterThanOrEqual(140);
    }
    // One at a time: never more than one in flight.
    replica.clearLogs();
    for (const u of urls) await (await fetch(u)).text();
    expect(site.log.maxInFlight).toBe(1);
    expect(site.log.entries).toHaveLength(5);
  });
});

describe('the synthetic site', () => {
  it('generates 10,000 notices on 500 TRS pages, the same content on every request', async () => {
    const site = await startSyntheticSite({ notices: 10_000, perPage: 20 });
    try {
      expect(site.pages).toBe(500);
      const first = await (await fetch(site.profile.start[0]!)).text();
      expect(first).toContain('createPageHTML(500, 0, "index", "html")');
      expect(first).toContain(site.noticeUrl(19).replace(`${site.origin}/xwdt/zhxw/`, './'));
      const last = await (await fetch(`${site.origin}/xwdt/zhxw/index_499.html`)).text();
      expect(last).toContain(site.noticeUrl(9999).replace(`${site.origin}/xwdt/zhxw/`, './'));
      expect(await status(`${site.origin}/xwdt/zhxw/index_500.html`)).toBe(404);
      const a = await (await fetch(site.noticeUrl(4242))).text();
      const b = await (await fetch(site.noticeUrl(4242))).text();
      expect(a).toBe(b);
      expect(a).toContain('<div class="TRS_Editor">');
      // A notice number under another date is not a page of the site.
      expect(await status(site.noticeUrl(4242).replace('/t20', '/t19'))).toBe(404);
    } finally {
      await site.close();
    }
  });
});
