// The options page's settings: the language (中文 / English) renames every control — on this
// page and in an open side panel — and is kept; built-in sites switched off get no highlights
// until switched on again; an added site needs an address and the browser's permission.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRules, sendFromPage } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { openReadyPage } from './harness/library-pages.ts';
import { waitForHits } from './harness/page-hooks.ts';
import { allSitePages, e2ePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

describe('options: language and sites', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
    await replaceRules(session, [{ id: 'inspection', any: ['巡视', '巡察'], all: ['整改'] }]);
    await putClippingsRaw(session.worker, [
      fakeClipping({ url: 'https://www.most.gov.cn/tztg/a.html', quote: '巡视整改' }),
    ]);
    options = await openReadyPage(session, 'options.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('switches every page between English and 中文, and keeps the choice', async () => {
    const panel = await openReadyPage(session, 'sidepanel.html');
    expect(await options.getByLabel('Import rules').count()).toBe(1);
    expect(await panel.getByRole('searchbox', { name: 'Search clippings' }).count()).toBe(1);

    await options.getByRole('radio', { name: '中文' }).check();
    await expect.poll(() => options.getByLabel('导入规则').count()).toBe(1);
    expect(await options.getByRole('button', { name: '导出规则' }).count()).toBe(1);
    expect(await options.getByRole('region', { name: '关注规则' }).count()).toBe(1);
    expect(await options.getByRole('button', { name: '添加网站' }).count()).toBe(1);
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'zh-CN',
      'kjwatch 设置',
    ]);
    // The open side panel follows without a reload.
    await expect.poll(() => panel.getByRole('searchbox', { name: '搜索摘录' }).count()).toBe(1);
    expect(await panel.getByLabel('导入备份（JSON）').count()).toBe(1);
    expect(await panel.getByRole('button', { name: '删除' }).count()).toBe(1);
    // Formats are named alike in both languages.
    expect(await panel.getByRole('button', { name: 'CSV', exact: true }).count()).toBe(1);

    // Kept: a page opened later is in Chinese too.
    const again = await openReadyPage(session, 'options.html');
    expect(await again.getByLabel('导入规则').count()).toBe(1);
    await again.close();

    await options.getByRole('radio', { name: 'English' }).check();
    await expect.poll(() => options.getByLabel('Import rules').count()).toBe(1);
    await expect
      .poll(() => panel.getByRole('searchbox', { name: 'Search clippings' }).count())
      .toBe(1);
    await panel.close();
  });

  it('switches a built-in site off and on again', async () => {
    const article = httpAddress(e2ePage('most-split-term.html').url);
    const site = options.getByRole('checkbox', { name: /most\.gov\.cn$/ });
    expect(await site.isChecked()).toBe(true);
    await site.uncheck();
    await expect
      .poll(
        async () =>
          ((await sendFromPage(options, { type: 'settings:get' })) as { value: { sites: unknown } })
            .value.sites,
      )
      .toEqual({ disabled: ['most.gov.cn'], added: [] });
    const page = await session.context.newPage();
    await page.goto(article);
    expect(await waitForHits(page)).toBe(0);

    await options.getByRole('checkbox', { name: /most\.gov\.cn$/ }).check();
    await expect
      .poll(
        async () =>
          ((await sendFromPage(options, { type: 'settings:get' })) as { value: { sites: unknown } })
            .value.sites,
      )
      .toEqual({ disabled: [], added: [] });
    await page.reload();
    expect(await waitForHits(page)).toBeGreaterThan(0);
    await page.close();
  });

  it('refuses to add something that is not a site address', async () => {
    await options.getByLabel(/^Site address/).fill('not a host');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect
      .poll(() =>
        options.getByRole('alert').filter({ hasText: 'not a site address' }).textContent(),
      )
      .toBe('“not a host” is not a site address.');
    expect(
      (
        (await sendFromPage(options, { type: 'settings:get' })) as {
          value: { sites: { added: string[] } };
        }
      ).value.sites.added,
    ).toEqual([]);
  });
});
