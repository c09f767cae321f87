// Saving a clipping through the on-page toolbar and finding it again: the clipping keeps the
// quote, W3C selectors over the page text and the notice's metadata; on reload the highlight is
// back on the same text; on a changed page (a paragraph inserted before, the quote edited) it
// is still found; with the passage gone it is an orphan — not shown, and flagged for the side
// panel.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '../../shared/anchor/describe.ts';
import { buildTextIndex } from '../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../shared/dom/doc-like.ts';
import type { Clipping } from '../../shared/model.ts';
import {
  anchorStates,
  clipHighlights,
  fillClipForm,
  selectText,
  storedClippings,
  waitForClips,
} from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { waitForHits } from './harness/page-hooks.ts';
import { allSitePages, realMostPage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';

// 科学技术部令第24号, a real MOST page with every metadata field (golden file beside it).
const real = realMostPage('most_golden_detail_bmgz_202602_195895');
const address = httpAddress(real.url);
const html = readFileSync(real.file, 'utf8');
const QUOTE = '主管部门可以委托有关科学技术活动管理单位开展调查，过程中应当加强指导监督';
const PARAGRAPH =
  '<p>　　依据有关规定或程序，主管部门可以委托有关科学技术活动管理单位开展调查，过程中应当加强指导监督，调查完成后加强对调查结论的审核，并作出相应处理。</p>';

function pageText(source: string): string {
  return buildTextIndex(parseHTML(source).document.body as unknown as NodeLike).text;
}

/** Serves `source` instead of the saved page at its address, for the next loads. */
async function serveInstead(page: Page, source: string): Promise<void> {
  await page.unroute(address);
  await page.route(address, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: source }),
  );
}

describe('saving a clipping and finding it again', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;
  let saved: Clipping;

  beforeAll(async () => {
    expect(html).toContain(PARAGRAPH);
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
    await replaceRules(session, [{ id: 'most', color: '#ce93d8', any: ['科学技术部'] }]);
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('saves the selection from the toolbar with note, tags, selectors and notice metadata', async () => {
    await page.goto(address);
    await waitForHits(page);
    expect(await waitForClips(page)).toBe(0);
    await selectText(page, QUOTE);
    await page.getByRole('button', { name: 'Save clipping', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Save clipping' });
    // The form shows the quote as the page text gives it.
    await expect.poll(() => form.locator('blockquote').textContent()).toBe(QUOTE);
    await fillClipForm(page, { note: '委托调查的要求', tags: '科研诚信，调查', color: 'Green' });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Clipping saved.');
    await expect(form.count()).resolves.toBe(0);

    const clippings = await storedClippings(session);
    expect(clippings).toHaveLength(1);
    saved = clippings[0]!;
    const text = pageText(html);
    const start = text.indexOf(QUOTE);
    expect(saved).toMatchObject({
      url: address,
      quote: QUOTE,
      selectors: describeRange(text, start, start + QUOTE.length),
      note: '委托调查的要求',
      tags: ['科研诚信', '调查'],
      color: '#a5d6a7',
      pageTitle: expect.stringContaining('科学技术活动违规行为调查处理规定'),
      notice: {
        title: expect.stringContaining('科学技术活动违规行为调查处理规定'),
        publisher: '科技部',
        publishedAt: expect.stringMatching(/^2026-02-11(T|$)/),
        documentNumber: '科学技术部令第24号',
      },
    });
    // Shown at once, in its colour, without a reload.
    await expect.poll(() => page.getAttribute('html', 'data-kjwatch-clips')).toBe('1');
    expect(await clipHighlights(page)).toEqual({ 'kjwatch--clip-a5d6a7': [QUOTE] });
  });

  it('highlights the clipping again on reload, at the same text', async () => {
    await page.reload();
    expect(await waitForClips(page)).toBe(1);
    expect(await clipHighlights(page)).toEqual({ 'kjwatch--clip-a5d6a7': [QUOTE] });
    await expect
      .poll(async () => (await anchorStates(session)).map((s) => [s.clippingId, s.status]))
      .toEqual([[saved.id, 'anchored']]);
  });

  it('finds it on a changed page: a paragraph inserted before, the quote edited', async () => {
    const changed = html.replace(
      PARAGRAPH,
      `<p>　　（修订说明：本条增加了一段新的文字。）</p>${PARAGRAPH.replace('加强指导监督', '加强指导和监督')}`,
    );
    expect(changed).not.toBe(html);
    await serveInstead(page, changed);
    await page.reload();
    expect(await waitForClips(page)).toBe(1);
    expect(await clipHighlights(page)).toEqual({
      'kjwatch--clip-a5d6a7': [QUOTE.replace('加强指导监督', '加强指导和监督')],
    });
  });

  it('leaves it an orphan when the passage is gone: not shown, flagged for the side panel', async () => {
    await serveInstead(page, html.replace(PARAGRAPH, ''));
    await page.reload();
    expect(await waitForClips(page)).toBe(0);
    expect(await clipHighlights(page)).toEqual({});
    await expect
      .poll(async () => (await anchorStates(session)).map((s) => [s.clippingId, s.status]))
      .toEqual([[saved.id, 'orphaned']]);
    const [state] = await anchorStates(session);
    expect(state).toMatchObject({ url: address, reason: expect.any(String) });
    // The clipping itself is untouched.
    expect(await storedClippings(session)).toEqual([saved]);
    await page.unroute(address);
  });
});
