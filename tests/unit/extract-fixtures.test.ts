// Golden pages: the five seed replicas (tests/fixtures/seeds/), the real MOST detail pages and
// the two other real government pages (../shared/fixtures/real/). Each page is read as the CLI
// reads it: bytes → charset → linkedom → the profile its URL selects → extractNotice.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scraper/html/decode-html.ts';
import { parseHtml } from '../../scraper/html/parse-html.ts';
import { extractNotice } from '../../shared/extract/extract-notice.ts';
import { profileForUrl } from '../../shared/sites/index.ts';

const root = join(import.meta.dirname, '../..');
const goldenDir = join(root, 'tests/fixtures/golden');
const mostDir = join(root, '../shared/fixtures/real/most');

function extract(file: string, url: string, withProfile = true) {
  const html = decodeHtml(readFileSync(file));
  const profile = withProfile ? profileForUrl(url) : undefined;
  return extractNotice(parseHtml(html), { url, ...(profile ? { profile } : {}) });
}

interface Golden {
  page: string;
  url: string;
  title: string;
  publishedAt: string;
  publisher: string | null;
  documentNumber: string | null;
  column: string | null;
  bodyContains: string[];
  bodyNotContains: string[];
  body: string;
}

const goldens = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(goldenDir, f), 'utf8'))])
  .map(([name, g]) => [name, g] as [string, Golden]);

describe.each([
  ['with the profile its URL selects', true],
  ['with the generic extractor alone', false],
])('golden pages, %s', (_how, withProfile) => {
  it.each(goldens)('%s', (_name, g) => {
    const notice = extract(join(root, g.page), g.url, withProfile);
    expect(notice.title).toBe(g.title);
    expect(notice.publishedAt).toBe(g.publishedAt);
    expect(notice.publisher).toBe(g.publisher ?? undefined);
    expect(notice.documentNumber).toBe(g.documentNumber ?? undefined);
    expect(notice.column).toBe(g.column ?? undefined);
    for (const phrase of g.bodyContains) expect(notice.bodyText).toContain(phrase);
    for (const phrase of g.bodyNotContains) expect(notice.bodyText).not.toContain(phrase);
    expect(notice.bodyText).toBe(readFileSync(join(goldenDir, g.body), 'utf8').trim());
  });
});

interface MostGolden {
  url: string;
  title_contains: string;
  min_body_len: number;
  required_metadata: Record<string, string>;
  expected_min_interpret_links: number;
}

const hanDate = (s: string) => s.replace(/^(\d{4})年(\d{2})月(\d{2})日$/, '$1-$2-$3');

const mostPages = readdirSync(mostDir)
  .filter((f) => f.startsWith('most_golden_detail_') && f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('real MOST detail pages (../shared/fixtures/real/most)', () => {
  it('are all here', () => expect(mostPages.length).toBeGreaterThanOrEqual(5));

  it.each(mostPages)('%s', (name) => {
    const g: MostGolden = JSON.parse(readFileSync(join(mostDir, `${name}.golden.json`), 'utf8'));
    const notice = extract(join(mostDir, `${name}.html`), g.url);
    const meta = g.required_metadata;
    expect(notice.title).toContain(g.title_contains);
    expect(notice.title).not.toMatch(/科学技术部$/);
    expect(notice.indexNumber).toBe(meta.索引号);
    expect(notice.publisher).toBe(meta.发文机构);
    expect(notice.publishedAt?.slice(0, 10)).toBe(hanDate(meta.发布日期 ?? ''));
    if (meta.发文字号 !== undefined) expect(notice.documentNumber).toBe(meta.发文字号);
    expect(notice.bodyText.length).toBeGreaterThanOrEqual(g.min_body_len);
    expect(notice.related.length).toBeGreaterThanOrEqual(g.expected_min_interpret_links);
    for (const link of notice.related) expect(notice.bodyText).not.toContain(link.title);
    for (const noise of ['扫一扫', '放大字体', '缩小字体', '关闭窗口', '相关文档', '相关附件']) {
      expect(notice.bodyText).not.toContain(noise);
    }
    expect(notice.bodyText).toBe(readFileSync(join(goldenDir, `${name}.body.txt`), 'utf8').trim());
    expect(notice.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
