// The replica sites of `kjwatch demo`: every list of every profile, walked with the shared list
// code the crawler uses, leads to exactly the notices the replica says it holds, and each of
// them extracts. Also the GBK site, the JS challenge and the attachments.
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplicaSites, startReplicaSites } from '../../scraper/demo/start-replica-sites.ts';
import { decodeHtml } from '../../scraper/html/decode-html.ts';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { extractNotice } from '../../shared/extract/extract-notice.ts';
import { extractListEntries } from '../../shared/lists/extract-list-entries.ts';
import { nextPageUrls } from '../../shared/lists/next-page-urls.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';

let replica: ReplicaSites;

beforeAll(async () => {
  // The challenge has its own test below; here every page must be reachable by plain HTTP.
  replica = await startReplicaSites({ behaviours: { ntsc: { challenge: false } } });
});
afterAll(() => replica.close());

async function page(url: string, cookie?: string) {
  const res = await fetch(url, cookie ? { headers: { cookie } } : {});
  const bytes = new Uint8Array(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, bytes, html: decodeHtml(bytes, type) };
}

/** A profile's lists as a crawler walks them: start pages, then the paging the profile names. */
async function walk(profile: SiteProfile) {
  const entries: { url: string; title: string }[] = [];
  let pages = 0;
  for (const start of profile.start) {
    let url: string | undefined = start;
    for (let pageIndex = 0; url; pageIndex++) {
      const p = await page(url);
      expect(p.status, url).toBe(200);
      pages++;
      const doc = parseHtml(p.html);
      entries.push(...extractListEntries(doc, { url, profile }));
      url = nextPageUrls(doc, { url, profile, pageIndex })[0];
    }
  }
  return { entries, pages };
}

describe('replica sites', () => {
  it('cover at least 6 sites and 40 notices, each host on its own port', () => {
    expect(replica.sites.length).toBeGreaterThanOrEqual(6);
    expect(replica.sites.flatMap((s) => s.notices).length).toBeGreaterThanOrEqual(40);
    expect(new Set(replica.sites.map((s) => s.port)).size).toBe(replica.sites.length);
    for (const profile of replica.profiles)
      for (const start of profile.start) expect(start).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it.each([['most'], ['ntsc'], ['siom'], ['suining'], ['gansu'], ['anhui'], ['siom-mirror']])(
    '%s: the lists lead to exactly its notices, and each page extracts',
    async (id) => {
      const site = replica.site(id);
      for (const profile of site.profiles) {
        const { entries, pages } = await walk(profile);
        const expected = site.notices.filter((n) => n.profileId === profile.id);
        expect(pages).toBeGreaterThan(profile.start.length - 1);
        expect(entries.map((e) => e.url).sort()).toEqual(expected.map((n) => n.url).sort());
        for (const n of expected) {
          const p = await page(n.url);
          expect(p.status, n.url).toBe(200);
          const notice = extractNotice(parseHtml(p.html), { url: n.url, profile });
          expect(notice.title, n.url).toBe(n.title);
          expect(notice.publishedAt, n.url).toBeDefined();
          expect(notice.bodyText.length, n.url).toBeGreaterThan(80);
        }
      }
    },
  );

  it('pages through every paging type: TRS, next link, ?page= to an empty page, numbered files', async () => {
    const pagesOf = async (id: string, profileId: string) =>
      (await walk(replica.site(id).profiles.find((p) => p.id === profileId)!)).pages;
    expect(await pagesOf('most', 'most-tztg')).toBe(3); // index.html, index_1.html, index_2.html
    expect(await pagesOf('most', 'most-kjbgz')).toBe(2); // .htm pages
    expect(await pagesOf('anhui', 'anhui-tzgg')).toBe(2); // a.next on the first page only
    expect(await pagesOf('suining', 'suining-zwgk')).toBe(3); // ?page=3 is the empty page
    expect(await pagesOf('gansu', 'gansu-xxgk')).toBe(2); // xxgk_infolist_2.shtml
    const empty = await page(`${replica.site('suining').profiles[0]!.start[0]}?page=3`);
    expect(empty.html).toContain('暂无信息');
  });

  it('sends the Gansu site as GBK bytes, labelled GBK', async () => {
    const site = replica.site('gansu');
    for (const url of [
      site.profiles[0]!.start[0]!,
      site.notices[0]!.url,
      site.notices.at(-1)!.url,
    ]) {
      const p = await page(url);
      expect(p.type).toBe('text/html; charset=GBK');
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(p.bytes)).toThrow();
      expect(new TextDecoder('gbk').decode(p.bytes)).toContain('甘肃省科学技术厅');
    }
  });

  it('serves the attachments: a real PDF, a .docx, and a "PDF" that is an HTML error page', async () => {
    const attachments = replica.site('most').notices.flatMap((n) => n.attachments);
    const origin = replica.site('most').origin;
    const bodies = await Promise.all(attachments.map((a) => page(origin + a.path)));
    const magic = bodies.map((b) => Buffer.from(b.bytes.subarray(0, 4)).toString('latin1'));
    expect(magic).toEqual(['%PDF', 'PK\u0003\u0004', '<!DO']);
    expect(bodies.map((b) => b.type.split(';')[0])).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/html',
    ]);
    expect(attachments.map((a) => a.broken)).toEqual([false, false, true]);
  });
});

describe('the JS cookie challenge (ntsc)', () => {
  it('answers 412 with a script; the cookie that script computes gets the real page', async () => {
    const challenged = await startReplicaSites({ only: ['ntsc'] });
    try {
      const url = challenged.site('ntsc').profiles[0]!.start[0]!;
      const first = await page(url);
      expect(first.status).toBe(412);
      expect(first.html.length).toBeLessThan(1024);
      expect(first.html).toContain('document.cookie');
      // What a browser does: run the script, keep the cookie it sets.
      const script = /<script>([\s\S]*?)<\/script>/.exec(first.html)![1]!;
      const sandbox = { document: { cookie: '' }, location: { reload() {} } };
      runInNewContext(script, sandbox);
      const cookie = sandbox.document.cookie.split(';')[0]!;
      expect(cookie).toMatch(/^kjw_clearance=\w+$/);
      expect((await page(url, 'kjw_clearance=wrong')).status).toBe(412);
      const passed = await page(url, cookie);
      expect(passed.status).toBe(200);
      expect(passed.html).toContain('国家授时中心召开2020年领导班子民主生活会');
      const log = challenged.site('ntsc').log.entries;
      expect(log.map((e) => e.status)).toEqual([412, 412, 200]);
      expect(log[2]!.cookie).toBe(cookie);
    } finally {
      await challenged.close();
    }
  });
});
