// Generic list detection: the main list of dated links, found without a site profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { detectListEntries } from '../../shared/lists/detect-list-entries.ts';
import { extractListEntries } from '../../shared/lists/extract-list-entries.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';
import { readFixturePage, SITE_FIXTURES_DIR } from '../fixtures/sites/site-fixtures.ts';

interface ListGolden {
  url: string;
  expected_min_detail_links: number;
  expected_paths: string[];
  excluded_paths: string[];
}

describe('on the real MOST 法规政策 page', () => {
  const golden = JSON.parse(
    readFileSync(`${SITE_FIXTURES_DIR}most-fgzc/overview.real.golden.json`, 'utf8'),
  ) as ListGolden;
  const { doc, url } = readFixturePage('most-fgzc', 'overview.real.html');
  const entries = detectListEntries(doc, { url });

  it('is the page the golden describes', () => {
    expect(url).toBe(golden.url);
  });

  it('finds at least the golden number of detail links, all dated', () => {
    expect(entries.length).toBeGreaterThanOrEqual(golden.expected_min_detail_links);
    for (const entry of entries) expect(entry.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(golden.expected_paths)('includes entries under %s', (path) => {
    expect(entries.some((e) => e.url.includes(path))).toBe(true);
  });

  it.each(golden.excluded_paths)('leaves out %s (政策解读: related links, not notices)', (path) => {
    expect(entries.filter((e) => e.url.includes(path))).toEqual([]);
  });

  it('reads full titles, absolute URLs and the list dates', () => {
    expect(entries[0]).toEqual({
      url: 'https://www.most.gov.cn/xxgk/xinxifenlei/fdzdgknr/fgzc/flfg/202412/t20241226_192778.html',
      title: '中华人民共和国科学技术普及法（2024年修订）',
      publishedAt: '2024-12-25',
    });
  });
});

describe('on the site fixtures, without their profile', () => {
  // Beijing's list exists only inside a script until the page runs it: nothing to detect.
  const withDomLists = builtInProfiles
    .filter((p) => !p.list.script)
    .map((p) => ({ id: p.id, profile: p }));

  it.each(withDomLists)('$id: finds the same entries as the profile', ({ id, profile }) => {
    const { doc, url } = readFixturePage(id, 'list.html');
    expect(detectListEntries(doc, { url })).toEqual(extractListEntries(doc, { url, profile }));
  });

  it('beijing-tzgg: finds nothing in a script-written list', () => {
    const { doc, url } = readFixturePage('beijing-tzgg', 'list.html');
    expect(detectListEntries(doc, { url })).toEqual([]);
  });

  it.each(builtInProfiles.map((p) => p.id))('%s: finds no list on a notice page', (id) => {
    const { doc, url } = readFixturePage(id, 'detail.html');
    expect(detectListEntries(doc, { url })).toEqual([]);
  });

  it('anhui-tzgg: the 热点推荐 box beside the list stays out', () => {
    const { doc, url } = readFixturePage('anhui-tzgg', 'list.html');
    expect(detectListEntries(doc, { url }).filter((e) => e.url.includes('/kjyw/'))).toEqual([]);
  });
});

const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);
const li = (n: number, extra = '') =>
  `<li>${extra}<a href="/a/t2024050${n}_${n}.html">关于开展第${n}批科技项目申报工作的通知</a><span>2024-05-0${n}</span></li>`;
const URL_ = 'https://example.gov.cn/list/';

describe('what counts as the main list', () => {
  it.each([
    ['a navigation bar', `<div class="nav"><ul>${li(1)}${li(2)}${li(3)}</ul></div>`],
    ['a footer', `<footer><ul>${li(1)}${li(2)}${li(3)}</ul></footer>`],
    ['a left menu', `<div class="leftMenu"><ul>${li(1)}${li(2)}${li(3)}</ul></div>`],
    ['two entries only', `<ul>${li(1)}${li(2)}</ul>`],
    [
      'undated links',
      '<ul><li><a href="/a">科技部召开党组会议</a></li><li><a href="/b">科技部召开工作会议</a></li><li><a href="/c">科技部召开座谈会议</a></li></ul>',
    ],
  ])('not %s', (_, body) => {
    expect(detectListEntries(page(body), { url: URL_ })).toEqual([]);
  });

  it('a 相关 box only when nothing else is there', () => {
    const box = `<div class="tit">相关文档</div><ul>${li(1)}${li(2)}${li(3)}</ul>`;
    expect(detectListEntries(page(box), { url: URL_ })).toHaveLength(3);
    const main = `<ul class="list">${li(4)}${li(5)}${li(6)}${li(7)}</ul>`;
    const found = detectListEntries(page(main + box), { url: URL_ });
    expect(found.map((e) => e.publishedAt)).toEqual([
      '2024-05-04',
      '2024-05-05',
      '2024-05-06',
      '2024-05-07',
    ]);
  });

  it('the largest list, not a block holding several entries', () => {
    const body = `<div><ul>${li(1)}${li(2)}${li(3)}${li(4)}</ul></div><div><ul>${li(5)}${li(6)}</ul></div>`;
    expect(detectListEntries(page(body), { url: URL_ })).toHaveLength(6);
  });

  it('an entry with a category link takes the title link', () => {
    const body = `<ul>${[1, 2, 3].map((n) => li(n, '<a href="/tzgg/">[通知]</a>')).join('')}</ul>`;
    const found = detectListEntries(page(body), { url: URL_ });
    expect(found.map((e) => e.url)).toEqual(
      [1, 2, 3].map((n) => `https://example.gov.cn/a/t2024050${n}_${n}.html`),
    );
  });

  it('separator rows between entries do not break a list', () => {
    const body = `<div id="content"><ul>${li(1)}${li(2)}<li class="gl_line"></li>${li(3)}<li class="gl_line"></li></ul></div>`;
    expect(detectListEntries(page(body), { url: URL_ })).toHaveLength(3);
  });
});
