// nextPageUrls for every paging type of DESIGN.md, and the TRS pager call it reads.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { nextPageUrls } from '../../shared/lists/next-page-urls.ts';
import { parseTrsPaging } from '../../shared/lists/trs-paging.ts';
import type { PagingSpec, SiteProfile } from '../../shared/sites/define-site-profile.ts';

const script = (js: string) =>
  parseHtml(`<html><body><ul class="l"></ul><script>${js}</script></body></html>`);

describe('parseTrsPaging', () => {
  it.each([
    [
      'createPageHTML(34, 0, "index", "html");',
      { count: 34, index: 0, name: 'index', ext: 'html' },
    ],
    [
      'createPageHTML(25, 3,"index", "shtml");',
      { count: 25, index: 3, name: 'index', ext: 'shtml' },
    ],
    [
      'var currentPage = 2;//所在页从0开始\nvar prevPage = currentPage-1//上一页\nvar countPage = 20//共多少页\ncreatePageHTML(countPage, currentPage, "index", "htm");',
      { count: 20, index: 2, name: 'index', ext: 'htm' },
    ],
    [
      "createPageHTML('page_div', 12, 0, 'index', 'html', 240);",
      { count: 12, index: 0, name: 'index', ext: 'html' },
    ],
    [
      'function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){ /* … */ }\ncreatePageHTML(5, 1, "list", "html");',
      { count: 5, index: 1, name: 'list', ext: 'html' },
    ],
  ])('%s', (js, expected) => {
    expect(parseTrsPaging(script(js))).toEqual(expected);
  });

  it.each([
    ['no pager at all', 'var a = 1;'],
    ['a call with unknown counts', 'createPageHTML(total, cur, "index", "html");'],
  ])('undefined for %s', (_, js) => {
    expect(parseTrsPaging(script(js))).toBeUndefined();
  });
});

function profileWith(paging: PagingSpec, maxPages = 10): SiteProfile {
  return {
    id: 'test-list',
    name: '通知公告',
    org: '测试',
    level: 'other',
    start: ['https://kjt.example.gov.cn/tzgg/index.html'],
    list: { item: 'ul.l li', paging, maxPages },
  };
}

const entries =
  '<ul class="l"><li><a href="./t20240101_1.html">关于开展科技项目申报的通知</a><span>2024-01-01</span></li></ul>';
const page = (body: string) => parseHtml(`<html><body>${body}</body></html>`);

describe('nextPageUrls', () => {
  const trs = profileWith({ type: 'trs' });
  it.each([
    [
      'page 0 → index_1',
      'https://www.most.gov.cn/tztg/',
      'createPageHTML(34, 0, "index", "html");',
      0,
      ['https://www.most.gov.cn/tztg/index_1.html'],
    ],
    [
      'page 0 as index.html',
      'https://www.most.gov.cn/tztg/index.html',
      'createPageHTML(34, 0, "index", "html");',
      0,
      ['https://www.most.gov.cn/tztg/index_1.html'],
    ],
    [
      'the page’s own index wins',
      'https://www.most.gov.cn/tztg/index_3.html',
      'createPageHTML(34, 3, "index", "html");',
      0,
      ['https://www.most.gov.cn/tztg/index_4.html'],
    ],
    [
      'the last page',
      'https://www.most.gov.cn/tztg/index_33.html',
      'createPageHTML(34, 33, "index", "html");',
      5,
      [],
    ],
    ['a one-page list', 'https://www.cas.cn/cg/', 'createPageHTML(1, 0, "index", "shtml");', 0, []],
    ['no pager', 'https://www.cas.cn/cg/', '', 0, []],
  ])('trs: %s', (_, url, js, pageIndex, expected) => {
    expect(
      nextPageUrls(page(`${entries}<script>${js}</script>`), { url, profile: trs, pageIndex }),
    ).toEqual(expected);
  });

  const next = profileWith({ type: 'next', selector: 'a.next' });
  it.each([
    [
      'follows the link',
      '<a class="next" href="/tzgg/index_2.html">下一页</a>',
      ['https://kjt.example.gov.cn/tzgg/index_2.html'],
    ],
    ['stops at a script link', '<a class="next" href="javascript:;">下一页</a>', []],
    ['stops at a link to this page', '<a class="next" href="index.html">下一页</a>', []],
    ['stops when there is no link', '<span class="next">下一页</span>', []],
  ])('next: %s', (_, pager, expected) => {
    const url = 'https://kjt.example.gov.cn/tzgg/index.html';
    expect(nextPageUrls(page(entries + pager), { url, profile: next, pageIndex: 0 })).toEqual(
      expected,
    );
  });

  it.each([
    [
      '?page={n}',
      undefined,
      'https://skjj.example.gov.cn/zwgk/list/abc.html',
      0,
      'https://skjj.example.gov.cn/zwgk/list/abc.html?page=2',
    ],
    [
      '?page={n}',
      undefined,
      'https://skjj.example.gov.cn/zwgk/list/abc.html?page=3',
      2,
      'https://skjj.example.gov.cn/zwgk/list/abc.html?page=4',
    ],
    [
      '?page={n}',
      1,
      'https://skjj.example.gov.cn/zwgk/list/abc.html',
      0,
      'https://skjj.example.gov.cn/zwgk/list/abc.html?page=1',
    ],
    [
      'newschild_{n}.shtml',
      2,
      'https://kjt.sc.gov.cn/kjt/gstz/newschild_2.shtml',
      1,
      'https://kjt.sc.gov.cn/kjt/gstz/newschild_3.shtml',
    ],
    [
      '?cat_id=221&cur_page={n}',
      2,
      'https://kjt.shaanxi.gov.cn/view/iList.jsp?cat_id=221',
      0,
      'https://kjt.shaanxi.gov.cn/view/iList.jsp?cat_id=221&cur_page=2',
    ],
  ])('param: %s (first %s) from %s, page %i → %s', (template, first, url, pageIndex, expected) => {
    const p = profileWith(
      first === undefined ? { type: 'param', template } : { type: 'param', template, first },
    );
    expect(nextPageUrls(page(entries), { url, profile: p, pageIndex })).toEqual([expected]);
  });

  it('param: a page without entries ends the list', () => {
    const p = profileWith({ type: 'param', template: '?page={n}' });
    expect(
      nextPageUrls(page('<ul class="l"></ul>'), {
        url: 'https://skjj.example.gov.cn/l.html?page=9',
        profile: p,
        pageIndex: 8,
      }),
    ).toEqual([]);
  });

  it('none: never a next page', () => {
    expect(
      nextPageUrls(page(entries), {
        url: 'https://kw.example.gov.cn/col/col736/index.html',
        profile: profileWith({ type: 'none' }),
        pageIndex: 0,
      }),
    ).toEqual([]);
  });

  it('maxPages counts the start page: with 3, page index 2 is the last', () => {
    const doc = page(`${entries}<script>createPageHTML(34, 2, "index", "html");</script>`);
    const url = 'https://www.most.gov.cn/tztg/index_2.html';
    expect(
      nextPageUrls(doc, { url, profile: profileWith({ type: 'trs' }, 3), pageIndex: 2 }),
    ).toEqual([]);
    expect(
      nextPageUrls(doc, { url, profile: profileWith({ type: 'trs' }, 3), pageIndex: 1 }),
    ).toEqual(['https://www.most.gov.cn/tztg/index_3.html']);
    expect(
      nextPageUrls(doc, {
        url,
        profile: profileWith({ type: 'trs' }, 3),
        pageIndex: 1,
        maxPages: 2,
      }),
    ).toEqual([]);
  });
});
