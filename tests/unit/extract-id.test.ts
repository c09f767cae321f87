// A notice's id is a hash of its canonical URL, so one page reached by several addresses is
// stored once, and ids stay the same across releases and runtimes.
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../shared/extract/canonical-url.ts';
import { noticeId } from '../../shared/extract/extract-notice.ts';
import { hashString } from '../../shared/extract/hash-string.ts';

const CANONICAL = 'https://www.most.gov.cn/tztg/202103/t20210304_1.html';

describe('canonicalUrl', () => {
  it.each([
    ['the canonical form itself', CANONICAL, CANONICAL],
    ['an upper-case host', 'https://WWW.MOST.GOV.CN/tztg/202103/t20210304_1.html', CANONICAL],
    ['a fragment', `${CANONICAL}#top`, CANONICAL],
    ['utm_* and spm tracking', `${CANONICAL}?utm_source=wx&spm=a.b.c&utm_medium=share`, CANONICAL],
    ['http instead of https', 'http://www.most.gov.cn/tztg/202103/t20210304_1.html', CANONICAL],
    ['the default port', 'https://www.most.gov.cn:443/tztg/202103/t20210304_1.html', CANONICAL],
    [
      'a trailing index.html',
      'https://www.most.gov.cn/tztg/index.html',
      'https://www.most.gov.cn/tztg/',
    ],
    [
      'a trailing index.shtml',
      'https://kjt.sc.gov.cn/kjt/gstz/index.shtml',
      'https://kjt.sc.gov.cn/kjt/gstz/',
    ],
    [
      'other query parameters (kept)',
      'https://kjt.shaanxi.gov.cn/view/iList.jsp?cat_id=221&utm_campaign=x',
      'https://kjt.shaanxi.gov.cn/view/iList.jsp?cat_id=221',
    ],
    ['not a URL (kept as written)', ' ./local/page.html ', './local/page.html'],
  ])('normalises %s', (_case, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});

describe('noticeId', () => {
  it('is one id for every address of one page, another for another page', () => {
    const id = noticeId(CANONICAL);
    expect(noticeId(`http://WWW.most.gov.cn/tztg/202103/t20210304_1.html?utm_source=x#a`)).toBe(id);
    expect(noticeId('https://www.most.gov.cn/tztg/202103/t20210304_2.html')).not.toBe(id);
  });

  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['科技部', '9314d3239daca6e2'],
  ])('is FNV-1a 64 over UTF-8: %j', (input, expected) => {
    expect(hashString(input)).toBe(expected);
    expect(hashString(input)).toMatch(/^[0-9a-f]{16}$/);
  });
});
