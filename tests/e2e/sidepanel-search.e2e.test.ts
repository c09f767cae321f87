// The side panel over real storage: clippings grouped by page, Chinese-aware search (巡視 finds
// 巡视, full-width finds half-width), the filters (tag, site, rule, dates, orphans), and an
// orphaned clipping flagged as such.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  itemOf,
  MOST,
  MOST2,
  openPanelWithClippings,
  type PanelSession,
  quotesOf,
  SIOM,
  searchIn,
} from './sidepanel-clippings.ts';

describe('the side panel: search and filters', () => {
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

  it('groups clippings by page, pages and clippings newest first', async () => {
    const pages = await panel
      .locator('#clippings > li.page')
      .evaluateAll((els) =>
        els.map((el) => [
          el.getAttribute('data-url'),
          Array.from(el.querySelectorAll('[data-clipping]'), (c) =>
            c.getAttribute('data-clipping'),
          ),
        ]),
      );
    expect(pages).toEqual([
      [MOST2, ['plan']],
      [SIOM, ['laser']],
      [MOST, ['funds', 'inspection']],
    ]);
    await expect.poll(() => panel.locator('#count').textContent()).toBe('4 clippings (of 4)');
  });

  it.each([
    ['巡視', ['科研经费管理', '开展巡视整改工作']], // the page title holds 巡视 too
    ['巡视整改工作', ['开展巡视整改工作']],
    ['激光技术', ['激光技術取得進展']],
    ['ai 专项', ['科研经费管理']],
    ['光学', ['国家重点研发计划', '激光技術取得進展']],
    ['光機所', ['激光技術取得進展']],
    ['没有这个词', []],
  ])('finds %j in quotes, notes, titles and tags, folded', async (text, expected) => {
    await search(text);
    await expect.poll(quotes).toEqual(expected);
    await search('');
  });

  it('filters by tag, site, rule, date and orphan state', async () => {
    const filter = async (label: string, value: string, expected: string[]) => {
      await panel.getByLabel(label, { exact: true }).selectOption(value);
      await expect.poll(quotes).toEqual(expected);
      await panel.getByLabel(label, { exact: true }).selectOption('');
    };
    await filter('Tag', '光学', ['国家重点研发计划', '激光技術取得進展']);
    await filter('Site', 'siom.cas.cn', ['激光技術取得進展']);
    await filter('Rule', 'rnd', ['国家重点研发计划']);
    await filter('Rule', 'inspection', ['科研经费管理', '开展巡视整改工作']);
    await panel.getByLabel('Clipped from').fill('2024-01-10');
    await panel.getByLabel('Clipped until').fill('2024-02-10');
    await expect.poll(quotes).toEqual(['激光技術取得進展', '科研经费管理']);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(quotes).toHaveLength(4);
    await panel.getByLabel('Only clippings not found on their page').check();
    await expect.poll(quotes).toEqual(['科研经费管理']);
    await panel.getByLabel('Only clippings not found on their page').uncheck();
  });

  it('shows an orphaned clipping as orphaned, and only that one', async () => {
    await expect.poll(() => item('funds').getByRole('note').textContent()).toMatch(/orphaned/);
    expect(await panel.locator('[data-orphaned]').count()).toBe(1);
  });
});
