// Revealing a clipping on its page, the content script's half of the side panel's "open on the
// page" (protocol/tab-messages.ts): a tab showing the page is asked by message and answers
// whether it found the clipping; a page opened with `#kjwatch-clipping=<id>` scrolls to it once
// marked (the fragment stays). Either way the clipping is the current highlight, in view.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchor/describe.ts';
import { waitForClips } from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { allSitePages, realMostPage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

const url = httpAddress(realMostPage('most_golden_detail_gfxwj_202602_195992').url);
// Far down a long page: revealing it means scrolling.
const QUOTE = '引导保险资金投向科技创新领域';
const clipping = fakeClipping({ id: 'far-down', url, quote: QUOTE });
clipping.selectors = describeRange(`某${QUOTE}某`, 1, 1 + QUOTE.length);

/** The current highlight's text, and whether it is inside the viewport. */
function current(page: Page) {
  return page.evaluate(() => {
    const range = CSS.highlights.get('kjwatch--current')?.values().next().value as
      | Range
      | undefined;
    const rect = range?.getBoundingClientRect();
    return range && rect
      ? { text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight }
      : null;
  });
}

/** What the side panel sends: `clippings:reveal` to the tab; the content script's answer. */
function askToReveal(session: ExtensionSession, id: string): Promise<unknown> {
  return session.worker.evaluate(async (clippingId) => {
    type Tabs = {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tabs.sendMessage(tab!.id!, { type: 'clippings:reveal', id: clippingId });
  }, id);
}

describe('revealing a clipping on its page', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
    await replaceRules(session, [{ id: 'most', any: ['科技部'] }]);
    await putClippingsRaw(session.worker, [clipping]);
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('scrolls to it when the page opens with #kjwatch-clipping=<id>', async () => {
    await page.goto(`${url}#kjwatch-clipping=far-down`);
    expect(await waitForClips(page)).toBe(1);
    await expect.poll(() => current(page)).toEqual({ text: QUOTE, inView: true });
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  it('answers a tab message with whether it found the clipping, and shows it', async () => {
    await page.goto(url); // without the fragment
    await waitForClips(page);
    expect(await current(page)).toBeNull();
    await page.bringToFront();
    expect(await askToReveal(session, 'far-down')).toEqual({ ok: true, value: { found: true } });
    expect(await current(page)).toEqual({ text: QUOTE, inView: true });
    expect(await askToReveal(session, 'no-such-clipping')).toEqual({
      ok: true,
      value: { found: false },
    });
  });
});
