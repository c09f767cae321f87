// The on-page panel: matches per rule and the page's clippings, previous/next match (scrolled
// into view, shown as the current one), collapsible, named in the user's language — English
// by default here, Chinese once the language setting says so.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchor/describe.ts';
import type { WatchRule } from '../../shared/model.ts';
import { selectText, waitForClips } from './harness/clip-ui.ts';
import type { ExtensionSession } from './harness/launch-extension.ts';
import { waitForHits } from './harness/page-hooks.ts';
import { e2ePage, realMostPage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer } from './harness/site-server.ts';
import { closeSites, openSitesWithRules } from './harness/sites-with-rules.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

const RULES: WatchRule[] = [
  { id: 'inspection', name: '巡视巡察', color: '#ffd54f', any: ['巡视', '巡察'], all: ['整改'] },
  { id: 'most', name: '科技部', color: '#ce93d8', any: ['科技部'] },
];
const article = httpAddress(e2ePage('most-split-term.html').url);

/** The text of the current match and where it is in the viewport. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const range = CSS.highlights.get('kjwatch--current')?.values().next().value as
      | Range
      | undefined;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), visible: rect.top >= 0 && rect.bottom <= innerHeight };
  });
}

/** Writes a setting as the options page stores it (the extension's settings table). */
function putSetting(session: ExtensionSession, key: string, value: unknown): Promise<void> {
  return session.worker.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kjwatch');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key, value });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, value },
  );
}

describe('the on-page panel', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ server, session, page } = await openSitesWithRules(RULES));
  });
  afterAll(() => closeSites({ server, session }));

  it('counts the matches per rule and the clippings found and not found', async () => {
    const text = '中央第十巡视组对科技部党组开展了巡视。';
    const kept = fakeClipping({ url: article, quote: '反馈意见已全部办结' });
    kept.selectors = [
      { type: 'TextQuoteSelector', exact: '反馈意见已全部办结', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 9 },
    ];
    const gone = fakeClipping({
      url: article,
      selectors: describeRange(`${text}已删除的段落`, 19, 25),
    });
    await putClippingsRaw(session.worker, [kept, gone]);
    await page.goto(article);
    expect(await waitForHits(page)).toBe(11);
    expect(await waitForClips(page)).toBe(1);
    const panel = page.getByRole('region', { name: 'kjwatch panel' });
    await expect
      .poll(() => panel.getByRole('listitem').allTextContents())
      .toEqual(['巡视巡察7', '科技部4']);
    expect(await panel.getByText('Clippings on this page: 1').count()).toBe(1);
    expect(await panel.getByText('Clippings not found: 1').count()).toBe(1);
  });

  it('steps to the next and previous match, shown as current', async () => {
    const panel = page.getByRole('region', { name: 'kjwatch panel' });
    const next = panel.getByRole('button', { name: 'Next match' });
    const previous = panel.getByRole('button', { name: 'Previous match' });
    await next.click();
    // Page order: the header link 科技部 first, then the title's 科技部.
    expect(await currentMatch(page)).toEqual({ text: '科技部', visible: true });
    expect(await panel.getByText('1 / 11').count()).toBe(1);
    await next.click();
    await next.click();
    expect((await currentMatch(page))?.text).toBe('巡视');
    await previous.click();
    await previous.click();
    await previous.click();
    expect(await panel.getByText('11 / 11').count()).toBe(1);
    expect((await currentMatch(page))?.text).toBe('巡\n    视');
  });

  it('scrolls a match far down the page into view', async () => {
    await page.goto(httpAddress(realMostPage('most_golden_detail_bmgz_202508_194336').url));
    await waitForHits(page);
    const previous = page.getByRole('button', { name: 'Previous match' });
    await previous.click(); // the last match, at the end of a long page
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(0);
    expect((await currentMatch(page))?.visible).toBe(true);
  });

  it('collapses to one button and opens again', async () => {
    const toggle = page.getByRole('button', { name: 'kjwatch panel' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('button', { name: 'Next match' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await page.getByRole('button', { name: 'Next match' }).isVisible()).toBe(true);
  });

  it('speaks Chinese when the user chose it: panel, toolbar and form', async () => {
    await putSetting(session, 'language', 'zh');
    await page.goto(article);
    await waitForClips(page);
    const panel = page.getByRole('region', { name: 'kjwatch 面板' });
    expect(await panel.getByRole('button', { name: '下一个匹配' }).count()).toBe(1);
    expect(await panel.getByRole('button', { name: '上一个匹配' }).count()).toBe(1);
    await selectText(page, '逐项落实');
    await page.getByRole('button', { name: '保存摘录', exact: true }).click();
    const form = page.getByRole('dialog', { name: '保存摘录' });
    expect(await form.getByLabel('备注').count()).toBe(1);
    expect(await form.getByLabel('标签（用逗号分隔）').count()).toBe(1);
    expect(await form.getByRole('radio', { name: '黄色' }).isChecked()).toBe(true);
    await form.getByRole('button', { name: '取消' }).click();
    expect(await form.count()).toBe(0);
    await putSetting(session, 'language', 'en');
  });
});
