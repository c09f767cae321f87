// Profile-driven list extraction: entries, titles, script-written lists, and the typed error
// when a site's markup has moved away from its profile.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { entryFromItem, linkTitle } from '../../shared/lists/entry-from-item.ts';
import { extractListEntries, extractListItems } from '../../shared/lists/extract-list-entries.ts';
import { readScriptArrays } from '../../shared/lists/script-list.ts';
import { SiteChangedError } from '../../shared/lists/site-changed-error.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { getProfile } from '../../shared/sites/index.ts';
import { readFixturePage } from '../fixtures/sites/site-fixtures.ts';

function profile(id: string): SiteProfile {
  const found = getProfile(id);
  if (!found) throw new Error(`no built-in profile ${id}`);
  return found;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe('a site whose markup moved', () => {
  const beijing = readFixturePage('beijing-tzgg', 'list.html');
  it.each([
    {
      why: 'the item selector finds nothing (Anhui redesigned its list)',
      id: 'anhui-tzgg',
      page: readFixturePage('anhui-tzgg', 'list-redesigned.html'),
      selector: 'ul.doc_list li',
    },
    {
      why: 'items hold no links any more (NTSC entries open by onclick)',
      id: 'ntsc-zhxw',
      page: readFixturePage('ntsc-zhxw', 'list-onclick.html'),
      selector: '.list-news li a',
    },
    {
      why: 'the script arrays were renamed (Beijing)',
      id: 'beijing-tzgg',
      page: { ...beijing, doc: parseHtml(beijing.html.replace(/\burls\[/g, 'links[')) },
      selector: 'script urls[i]',
    },
  ])('raises SiteChangedError when $why', ({ id, page, selector }) => {
    const err = thrown(() => extractListEntries(page.doc, { url: page.url, profile: profile(id) }));
    expect(err).toBeInstanceOf(SiteChangedError);
    expect(err).toMatchObject({
      name: 'SiteChangedError',
      profileId: id,
      selector,
      url: page.url,
      retryable: false,
    });
    expect((err as Error).message).toContain(`"${selector}"`);
  });

  it('the moved page still holds the notices, which is how the change is told from an empty page', () => {
    const { doc, url } = readFixturePage('anhui-tzgg', 'list-redesigned.html');
    const generic = { ...profile('anhui-tzgg'), list: { item: '.news-list li', date: 'em.time' } };
    expect(extractListEntries(doc, { url, profile: generic })).toHaveLength(7);
  });
});

describe('an empty page is not a moved site', () => {
  const anhui = profile('anhui-tzgg');
  const chrome = (list: string) =>
    parseHtml(
      `<html><body><div class="nav"><a href="/">首页</a><a href="/kjzx/">科技资讯</a></div>${list}<div class="footer">版权所有</div></body></html>`,
    );

  it.each([
    [
      'the list says it is empty',
      '<ul class="doc_list"><li>暂无信息</li></ul>',
      'https://kjt.ah.gov.cn/kjzx/tzgg/index.html',
    ],
    [
      'a page past the end has no list',
      '<div class="main-left"></div>',
      'https://kjt.ah.gov.cn/kjzx/tzgg/index_30.html',
    ],
    [
      'a blank start page (a challenge or an error page)',
      '',
      'https://kjt.ah.gov.cn/kjzx/tzgg/index.html',
    ],
  ])('%s', (_, list, url) => {
    expect(extractListEntries(chrome(list), { url, profile: anhui })).toEqual([]);
  });
});

describe('entries', () => {
  const BASE = 'https://www.most.gov.cn/tztg/';
  const one = (html: string) => parseHtml(`<ul><li>${html}</li></ul>`).querySelector('li');

  it.each([
    [
      'the title attribute when the text is cut short',
      '<a href="./a.html" title="科技部关于发布国家重点研发计划重点专项2024年度项目申报指南的通知">科技部关于发布国家重点研发计划…</a>',
      '科技部关于发布国家重点研发计划重点专项2024年度项目申报指南的通知',
    ],
    [
      'the title attribute when the text is cut with dots',
      '<a href="./a.html" title="关于开展2024年安徽省科技活动周活动的通知">关于开展2024年安徽省...</a>',
      '关于开展2024年安徽省科技活动周活动的通知',
    ],
    [
      'the text when the title attribute is junk',
      '<a href="./a.html" title="hide">法规政策</a>',
      '法规政策',
    ],
    [
      'the title attribute when the link has only an image',
      '<a href="./a.html" title="国家授时中心召开2021年工作会议"><img src="x.png"></a>',
      '国家授时中心召开2021年工作会议',
    ],
    [
      'white space folded',
      '<a href="./a.html">\n  科技部 财政部关于印发\n  《国家重点研发计划管理暂行办法》的通知 </a>',
      '科技部 财政部关于印发 《国家重点研发计划管理暂行办法》的通知',
    ],
  ])('title: %s', (_, html, title) => {
    const a = one(html)?.querySelector('a');
    expect(a && linkTitle(a)).toBe(title);
  });

  it.each([
    ['[2021-01-28]', '2021-01-28'],
    ['(2021-12-06)', '2021-12-06'],
    ['2021年03月02日', '2021-03-02'],
    ['22.10.2018', '2018-10-22'],
    ['2021-12-06 15:11', '2021-12-06T15:11+08:00'],
    ['发布日期：暂无', undefined],
  ])('date %s → %s', (text, iso) => {
    const item = one(
      `<a href="./t.html">国家授时中心召开2020年领导班子民主生活会</a><span>${text}</span>`,
    );
    expect(item && entryFromItem(item, BASE)?.publishedAt).toBe(iso);
  });

  it('a year in the title is not the entry date', () => {
    const item = one('<a href="./t.html">关于2023年12月31日前完成年度报告的通知</a>');
    expect(item && entryFromItem(item, BASE)).toEqual({
      url: `${BASE}t.html`,
      title: '关于2023年12月31日前完成年度报告的通知',
    });
  });

  it.each([['javascript:void(0)'], ['#'], ['mailto:kjt@ah.gov.cn'], ['']])(
    'no entry for a link to %j',
    (href) => {
      const item = one(
        `<a href="${href}">关于举办2024年全国科技活动周的通知</a><span>2024-04-03</span>`,
      );
      expect(item && entryFromItem(item, BASE)).toBeUndefined();
    },
  );

  it('resolves links against <base href>', () => {
    const doc = parseHtml(
      '<html><head><base href="https://www.most.gov.cn/xxgk/"></head><body><ul class="l"><li><a href="./a/t20240101_1.html">科技部关于印发某某办法的通知</a></li></ul></body></html>',
    );
    const p = { ...profile('most-tztg'), list: { item: 'ul.l li' } };
    expect(
      extractListEntries(doc, { url: 'https://www.most.gov.cn/tztg/', profile: p })[0]?.url,
    ).toBe('https://www.most.gov.cn/xxgk/a/t20240101_1.html');
  });

  it('keeps one entry per URL (a pinned notice listed twice)', () => {
    const { html, url } = readFixturePage('most-tztg', 'list.html');
    const pinned =
      '<li><div class="w_list_bt"><a href="./202404/t20240403_190064.html">关于举办2024年全国科技活动周及重大示范活动的通知</a></div>' +
      '<div class="w_list_rq">2024年04月03日</div></li>';
    const doc = parseHtml(html.replace('<ul id="data_list">', `<ul id="data_list">${pinned}`));
    const entries = extractListEntries(doc, { url, profile: profile('most-tztg') });
    expect(entries).toHaveLength(8);
    expect(entries[0]?.url).toBe('https://www.most.gov.cn/tztg/202404/t20240403_190064.html');
  });

  it('gives the elements too, so the extension can mark them', () => {
    const { doc, url } = readFixturePage('anhui-tzgg', 'list.html');
    const items = extractListItems(doc, { url, profile: profile('anhui-tzgg') });
    expect(items.map((i) => i.element.tagName)).toEqual(Array(7).fill('LI'));
  });
});

describe('script-written lists', () => {
  it('reads both quote styles, escapes and sparse slots', () => {
    const arrays = readScriptArrays(
      `urls[0]='/art/2024/5/20/art_736_1.html';headers[0]="关于\\"揭榜挂帅\\"项目的通知";\n` +
        `urls[2] = "/art/2024/5/6/art_736_3.html"; headers[2]='it\\'s';`,
    );
    expect(arrays.get('urls')).toEqual(
      new Map([
        [0, '/art/2024/5/20/art_736_1.html'],
        [2, '/art/2024/5/6/art_736_3.html'],
      ]),
    );
    expect(arrays.get('headers')?.get(0)).toBe('关于"揭榜挂帅"项目的通知');
    expect(arrays.get('headers')?.get(2)).toBe("it's");
  });

  it('strips markup from titles and builds dates from year, month and day', () => {
    const { doc, url } = readFixturePage('beijing-tzgg', 'list.html');
    const entries = extractListEntries(doc, { url, profile: profile('beijing-tzgg') });
    expect(entries[1]).toEqual({
      url: 'https://kw.beijing.gov.cn/art/2024/5/16/art_736_672033.html',
      title: '关于开展2024年度北京市高新技术企业认定工作的通知',
      publishedAt: '2024-05-16',
    });
  });

  it('leaves an impossible date out rather than guessing', () => {
    const doc = parseHtml(
      `<html><body><script>urls[0]='/art/a.html';headers[0]="关于开展科技周活动的通知";year[0]='2024';month[0]='2';day[0]='30';</script></body></html>`,
    );
    const entries = extractListEntries(doc, {
      url: 'https://kw.beijing.gov.cn/col/col736/index.html',
      profile: profile('beijing-tzgg'),
    });
    expect(entries).toEqual([
      { url: 'https://kw.beijing.gov.cn/art/a.html', title: '关于开展科技周活动的通知' },
    ]);
  });
});
