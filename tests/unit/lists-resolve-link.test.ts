// resolveLink resolves plain relative paths by string work; whatever the href, the answer must
// be the URL parser's (less any fragment), which the seeded comparison below checks.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../scraper/demo/compose-bodies.ts';
import { resolveLink } from '../../shared/lists/resolve-link.ts';

function byParser(href: string, base: string): string | undefined {
  // Links to no page are left out before any parsing.
  if (!href.trim() || /^(?:javascript:|mailto:|tel:|#|about:|data:)/i.test(href.trim()))
    return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

describe('resolveLink', () => {
  it('resolves list links the way list pages write them', () => {
    const base = 'http://www.most.gov.cn/tztg/index.html';
    expect(resolveLink('./202401/t20240105_1.html', base)).toBe(
      'http://www.most.gov.cn/tztg/202401/t20240105_1.html',
    );
    expect(resolveLink('/xxgk/t1.html', base)).toBe('http://www.most.gov.cn/xxgk/t1.html');
    expect(resolveLink('../kjbgz/a.html', base)).toBe('http://www.most.gov.cn/kjbgz/a.html');
    expect(resolveLink('a.html?id=3&p=1', 'https://kjt.ah.gov.cn:8443/x/')).toBe(
      'https://kjt.ah.gov.cn:8443/x/a.html?id=3&p=1',
    );
    expect(resolveLink('javascript:void(0)', base)).toBeUndefined();
    expect(resolveLink('#top', base)).toBeUndefined();
  });

  it('agrees with the URL parser on 20,000 generated links', () => {
    const next = createRandom(77);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
    const pieces = [
      'a',
      'B',
      '0',
      '_',
      '-',
      '.',
      '..',
      '/',
      './',
      '//',
      '?',
      '=',
      '&',
      '#',
      '%20',
      ' ',
      '中',
      '\\',
      ':',
      'x.html',
      't2024_1',
      '%',
      '@',
      ';',
    ];
    const bases = [
      'http://www.most.gov.cn/tztg/index.html',
      'http://www.most.gov.cn/tztg/',
      'http://www.most.gov.cn',
      'https://KJT.ah.gov.cn:443/a/b/c.shtml?page=2#x',
      'http://user:pw@example.gov.cn/a/',
      'http://127.0.0.1:8080/list/index_1.html',
      'http://xn--fiqs8s.cn/a/b',
      'file:///tmp/list.html',
    ];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const href = Array.from({ length: 1 + Math.floor(next() * 6) }, () => pick(pieces)).join('');
      const base = pick(bases);
      expect(resolveLink(href, base), `${href} against ${base}`).toBe(byParser(href, base));
      if (/^(?:\.\/)?\/?[\w-][\w.\-/]*$/.test(href)) plain++;
    }
    // The string path is exercised, not only the parser's.
    expect(plain).toBeGreaterThan(1_000);
  });
});
