// The side panel's actions over real storage: editing a note and tags, delete with undo (and
// the purge after), opening a clipping on its page at the highlight, and clippings saved
// elsewhere appearing without a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, sendFromPage } from './harness/extension-pages.ts';
import { clippingRows } from './harness/library-pages.ts';
import { fakeClipping } from './harness/stored-data.ts';
import {
  day,
  itemOf,
  MOST,
  MOST2,
  openPanelWithClippings,
  type PanelSession,
  quotesOf,
  searchIn,
} from './sidepanel-clippings.ts';

describe('the side panel: edit, delete, open', () => {
  let ps: PanelSession;
  let panel: Page;
  const quotes = () => quotesOf(panel);
  const item = (id: string) => itemOf(panel, id);
  const search = (text: string) => searchIn(panel, text);

  beforeAll(async () => {
    ps = await openPanelWithClippings();
    panel = ps.panel;
  });
  afterAll(async () => {
    await ps?.close();
  });

  it('edits a note and tags in place and stores them', async () => {
    await item('laser').getByRole('button', { name: 'Edit' }).click();
    await item('laser').getByLabel('Note').fill('激光器件 进展');
    await item('laser').getByLabel('Tags (comma-separated)').fill('光学，激光、 器件 ');
    await item('laser').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => item('laser').locator('.note').textContent()).toBe('激光器件 进展');
    expect(await item('laser').locator('.tag').allTextContents()).toEqual(['光学', '激光', '器件']);
    const stored = (await clippingRows(ps.session.worker)).find((r) => r.id === 'laser')!;
    expect([stored.note, stored.tags]).toEqual(['激光器件 进展', ['光学', '激光', '器件']]);
    expect(stored.updatedAt).not.toBe(stored.createdAt);
    // The edited note is searchable at once.
    await search('器件');
    await expect.poll(quotes).toEqual(['激光技術取得進展']);
    await search('');
  });

  it('deletes with undo, and purges when the undo window closes', async () => {
    await item('plan').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => item('plan').count()).toBe(0);
    const toast = panel.getByRole('status').filter({ hasText: 'Deleted 1 clipping' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => item('plan').count()).toBe(1);
    expect((await clippingRows(ps.session.worker)).find((r) => r.id === 'plan')).not.toHaveProperty(
      'deletedAt',
    );

    await item('plan').getByRole('button', { name: 'Delete' }).click();
    // Hidden from every reader at once, while the row waits for the undo window.
    const options = await openExtensionPage(ps.session);
    const listed = (await sendFromPage(options, { type: 'clippings:list' })) as {
      value: { clippings: { id: string }[] };
    };
    expect(listed.value.clippings.map((c) => c.id)).not.toContain('plan');
    await expect
      .poll(async () => (await clippingRows(ps.session.worker)).map((r) => r.id), {
        timeout: 15_000,
      })
      .toEqual(['funds', 'inspection', 'laser']);
    await options.close();
  });

  it('opens a clipping on its page, at the highlight', async () => {
    const [opened] = await Promise.all([
      ps.session.context.waitForEvent('page'),
      item('inspection').getByRole('button', { name: 'Open on the page' }).click(),
    ]);
    // At commit, before the content script (which may take the fragment away) runs.
    await opened.waitForURL(`${MOST}#kjwatch-clipping=inspection`, { waitUntil: 'commit' });
    await opened.close();
  });

  it('shows clippings saved elsewhere without a reload', async () => {
    const options = await openExtensionPage(ps.session);
    const fresh = fakeClipping({
      id: 'fresh',
      url: MOST2,
      quote: '新导入的摘录',
      createdAt: day('2024-05-01'),
    });
    await sendFromPage(options, { type: 'clippings:import', clippings: [fresh] });
    await expect.poll(() => quotes().then((q) => q[0])).toBe('新导入的摘录');
    await options.close();
  });
});
