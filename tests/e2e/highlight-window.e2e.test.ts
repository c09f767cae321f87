// A page with thousands of matches: the hit count covers them all, but only the ranges near
// the viewport are registered as highlights, and the set follows the scroll (near-viewport.ts:
// thousands of registered ranges make every later frame with a DOM change slow). On a list of
// thousands of matching entries every one carries its rules at once, and the visible bar goes
// on those near the viewport, then on the others as the reader scrolls (entry-bars.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WatchRule } from '../../shared/model.ts';
import type { ExtensionSession } from './harness/launch-extension.ts';
import { highlightTexts, markedEntries, rgb, waitForHits } from './harness/page-hooks.ts';
import { httpAddress, type SiteServer } from './harness/site-server.ts';
import { closeSites, openSitesWithRules } from './harness/sites-with-rules.ts';

const RULES: WatchRule[] = [{ id: 'inspection', color: '#ffd54f', any: ['巡视'] }];
const PARAGRAPHS = 1_500;
const LONG_URL = 'http://www.most.gov.cn/xxgk/202401/t20240105_long.html';
// The same paragraphs shown last first: the text's order is not the page's.
const REVERSED_URL = 'http://www.most.gov.cn/xxgk/202401/t20240105_reversed.html';
// 1,500 matches: more than the highlight painter registers all at once.
const ENTRIES = 3_000;
const LIST_URL = 'http://www.most.gov.cn/tztg/index.html';

function longArticle(zoomStyle = ''): string {
  const paragraphs = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p id="p${i}">第${i}段：开展巡视整改工作，落实主体责任。</p>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>长文</title></head><body><div id="Zoom" style="${zoomStyle}">${paragraphs.join('\n')}</div></body></html>`;
}

/** MOST's notice list, every other entry about 巡视 (the rule's term). */
function longList(): string {
  const items = Array.from({ length: ENTRIES }, (_, i) => {
    const title = i % 2 === 0 ? `关于开展第${i}轮巡视工作的通知` : `关于第${i}批项目验收的公告`;
    return `<li><a href="./202401/t20240105_${i}.html">${title}</a><span>2024-01-05</span></li>`;
  });
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知通告</title></head><body><div class="w_list"><ul id="data_list">${items.join('')}</ul></div></body></html>`;
}

/** The numbers of the list's entries (by link) that show a bar in `color`, in order. */
async function barredEntries(page: Page, color: string): Promise<number[]> {
  const entries = await markedEntries(page);
  return entries
    .filter((e) => e.boxShadow.includes(rgb(color)))
    .map((e) => Number(/_(\d+)\.html$/.exec(e.link)?.[1]));
}

/** The paragraphs (their numbers) holding a range of the highlight `name`, in order. */
function highlightedParagraphs(page: Page, name: string): Promise<number[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    const ids = highlight
      ? Array.from(highlight, (r) => (r as Range).startContainer.parentElement?.id ?? '')
      : [];
    return ids.map((id) => Number(id.slice(1))).sort((a, b) => a - b);
  }, name);
}

/**
 * Waits until the last paragraph is registered, then checks that the first is not and that
 * only a screenful or so is: the set followed the page to where its end is shown.
 */
async function expectOnlyTheEndRegistered(page: Page): Promise<void> {
  await expect
    .poll(() => highlightedParagraphs(page, 'kjwatch-inspection'), { timeout: 5_000 })
    .toContain(PARAGRAPHS - 1);
  const shown = await highlightedParagraphs(page, 'kjwatch-inspection');
  expect(shown).not.toContain(0);
  expect(shown.length).toBeLessThan(PARAGRAPHS / 5);
}

describe('highlights on a page with thousands of matches', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ server, session, page } = await openSitesWithRules(RULES, [
      { url: LONG_URL, html: longArticle() },
      {
        url: REVERSED_URL,
        html: longArticle('display: flex; flex-direction: column-reverse'),
      },
      { url: LIST_URL, html: longList() },
    ]));
  });
  afterAll(() => closeSites({ server, session }));

  it('counts every match, registers those near the viewport, and follows the scroll', async () => {
    await page.goto(httpAddress(LONG_URL));
    expect(await waitForHits(page)).toBe(PARAGRAPHS);

    const atTop = await highlightedParagraphs(page, 'kjwatch-inspection');
    expect(atTop[0]).toBe(0);
    expect(atTop.length).toBeGreaterThan(10);
    expect(atTop.length).toBeLessThan(PARAGRAPHS / 5);
    // The colour highlight that paints them holds the same ranges.
    expect(await highlightedParagraphs(page, 'kjwatch--rule-ffd54f')).toEqual(atTop);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expectOnlyTheEndRegistered(page);
    // Each registered range is exactly a match.
    expect(new Set(await highlightTexts(page, 'inspection'))).toEqual(new Set(['巡视']));
  });

  it('registers what is on screen where the page is not laid out in the order of its text', async () => {
    await page.goto(httpAddress(REVERSED_URL));
    expect(await waitForHits(page)).toBe(PARAGRAPHS);
    // The first set is measured in the text's order; the observer then tells where each
    // paragraph really is: the last ones, shown at the top.
    await expectOnlyTheEndRegistered(page);
  });

  it('marks every matching entry of a long list, and bars those the reader scrolls to', async () => {
    await page.goto(httpAddress(LIST_URL));
    await waitForHits(page);
    const marked = await markedEntries(page);
    expect(marked).toHaveLength(ENTRIES / 2);
    expect(new Set(marked.map((e) => e.rules.join(' ')))).toEqual(new Set(['inspection']));

    const atTop = await barredEntries(page, RULES[0]!.color!);
    expect(atTop[0]).toBe(0);
    expect(atTop.length).toBeGreaterThan(5);
    expect(atTop.length).toBeLessThan(ENTRIES / 10);
    // Only matching entries get one.
    expect(atTop.every((n) => n % 2 === 0)).toBe(true);

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect
      .poll(() => barredEntries(page, RULES[0]!.color!), { timeout: 5_000 })
      .toContain(ENTRIES - 2);
    // The bars between were never near the viewport: the reader jumped past them.
    expect((await barredEntries(page, RULES[0]!.color!)).length).toBeLessThan(ENTRIES / 5);
  });
});
