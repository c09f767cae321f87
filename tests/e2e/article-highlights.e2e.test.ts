// Highlights in article text: every matched term is a range of a CSS custom highlight named
// after its rule, the page's DOM is left as it was, and <html data-kjwatch-hits> counts them —
// including terms split across elements and traditional-script pages with <ruby> pinyin.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';
import type { WatchRule } from '../../shared/model.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import type { ExtensionSession } from './harness/launch-extension.ts';
import { highlightTexts, waitForHits } from './harness/page-hooks.ts';
import { e2ePage, realMostPage, realMostStems, seedReplica } from './harness/site-pages.ts';
import { httpAddress, type SiteServer } from './harness/site-server.ts';
import { closeSites, openSitesWithRules } from './harness/sites-with-rules.ts';

const RULES: WatchRule[] = [
  { id: 'inspection', color: '#ffd54f', any: ['巡视', '巡察'], all: ['整改'] },
  { id: 'academy', color: '#90caf9', any: ['中国科学院'] },
  { id: 'leading-group', color: '#a5d6a7', any: ['领导小组'] },
  { id: 'most', color: '#ce93d8', any: ['科技部', '科学技术部'] },
  { id: 'decision', color: '#ffab91', any: ['规章', '决定', '科学技术普及'] },
];

/** The page text as the extension indexes it, read here from the HTML with linkedom. */
function pageText(file: string): string {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return buildTextIndex(document.body as unknown as NodeLike).text;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('highlights in article text', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ server, session, page } = await openSitesWithRules(RULES));
  });
  afterAll(() => closeSites({ server, session }));

  it('highlights terms split across elements, by a comment or a line break', async () => {
    await page.goto(httpAddress(e2ePage('most-split-term.html').url));
    // 巡视 ×4 + 巡察 + 整改 ×2 (inspection); 科技部 ×4 in the header, title and body (most).
    expect(await waitForHits(page)).toBe(11);
    expect(await highlightTexts(page, 'inspection')).toEqual([
      '巡视',
      '整改',
      '巡视',
      '巡视',
      '巡察',
      '整改',
      '巡\n    视',
    ]);
    // No DOM change: the split title is exactly as served, and nothing was wrapped.
    expect(await page.innerHTML('#title')).toBe('科技部党组<em>巡</em><em>视</em>整改进展情况');
    expect(await page.locator('mark').count()).toBe(0);
  });

  it('matches a traditional-script page with <ruby> pinyin by simplified rules', async () => {
    const seed = seedReplica('000-siom-mirror-ruby.html');
    const text = pageText(seed.file);
    const expected = {
      inspection: count(text, /巡[視视]/g) + count(text, /整改/g),
      academy: count(text, /中[國国]科[學学]院/g),
      'leading-group': count(text, /[領领][導导]小[組组]/g),
    };
    expect(expected.inspection).toBeGreaterThan(10);
    expect(expected.academy).toBeGreaterThan(2);
    expect(expected['leading-group']).toBeGreaterThan(0);
    await page.goto(httpAddress(seed.url));
    const hits = await waitForHits(page);
    expect(hits).toBe(expected.inspection + expected.academy + expected['leading-group']);
    const academy = await highlightTexts(page, 'academy');
    expect(academy).toHaveLength(expected.academy);
    // A term across <ruby> elements is one range; the pinyin inside it is not part of the match.
    for (const t of academy) expect(t.replace(/\([^)]*\)/g, '')).toBe('中國科學院');
    expect(academy.some((t) => t.includes('(xué)'))).toBe(true);
    const inspection = await highlightTexts(page, 'inspection');
    expect(new Set(inspection)).toEqual(new Set(['巡視', '整改']));
  });

  it.each(realMostStems().filter((s) => s.includes('detail')))(
    'counts the matches on the real MOST page %s',
    async (stem) => {
      const real = realMostPage(stem);
      const matcher = compileRules(RULES);
      const expected = matcher.matchText(pageText(real.file)).spans.length;
      expect(expected).toBeGreaterThan(0);
      await page.goto(httpAddress(real.url));
      expect(await waitForHits(page)).toBe(expected);
    },
  );
});
