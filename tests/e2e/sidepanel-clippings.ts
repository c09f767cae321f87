// The clippings the side panel tests start from: two pages of MOST, one of SIOM (traditional
// script), tags, a note with full-width letters, four dates. Written with the e2e harness.
import type { Page } from 'playwright-core';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { openReadyPage, putAnchorStates } from './harness/library-pages.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

// Over http: the local copies are served without TLS (the reveal test opens this page).
export const MOST = 'http://www.most.gov.cn/tztg/202401/t20240105_1.html';
export const MOST2 = 'https://www.most.gov.cn/kjbgz/202402/t20240201_2.html';
export const SIOM = 'http://www.siom.cas.cn/xwzx/zhxw/202012/t20201217_3.html';
export const day = (d: string) => `${d}T12:00:00.000Z`;

export const CLIPPINGS = [
  fakeClipping({
    id: 'inspection',
    url: MOST,
    pageTitle: '关于巡视整改的通知',
    quote: '开展巡视整改工作',
    tags: ['巡视'],
    createdAt: day('2024-01-05'),
  }),
  fakeClipping({
    id: 'funds',
    url: MOST,
    pageTitle: '关于巡视整改的通知',
    quote: '科研经费管理',
    note: '对照 ＡＩ 专项',
    createdAt: day('2024-01-20'),
  }),
  fakeClipping({
    id: 'laser',
    url: SIOM,
    pageTitle: '上海光機所新聞',
    quote: '激光技術取得進展',
    tags: ['光学'],
    createdAt: day('2024-02-10'),
  }),
  fakeClipping({
    id: 'plan',
    url: MOST2,
    pageTitle: '科技计划',
    quote: '国家重点研发计划',
    tags: ['计划', '光学'],
    createdAt: day('2024-03-01'),
  }),
];

export interface PanelSession {
  server: SiteServer;
  session: ExtensionSession;
  panel: Page;
  close(): Promise<void>;
}

/** A browser with two rules, the clippings above (one orphaned), and the side panel open. */
export async function openPanelWithClippings(): Promise<PanelSession> {
  const server = await startSiteServer([
    { url: MOST, html: '<title>通知</title><p>开展巡视整改工作</p>' },
  ]);
  const session = await launchExtension(server.port);
  await replaceRules(session, [
    { id: 'inspection', name: '巡视巡察', any: ['巡视', '巡察'] },
    { id: 'rnd', name: '研发', any: ['研发计划'] },
  ]);
  await putClippingsRaw(session.worker, CLIPPINGS);
  await putAnchorStates(session.worker, [
    {
      clippingId: 'funds',
      url: MOST,
      status: 'orphaned',
      reason: 'not-found',
      checkedAt: day('2024-04-01'),
    },
    { clippingId: 'inspection', url: MOST, status: 'anchored', checkedAt: day('2024-04-01') },
  ]);
  const panel = await openReadyPage(session, 'sidepanel.html');
  return {
    server,
    session,
    panel,
    close: async () => {
      await session.close();
      await server.close();
    },
  };
}

export const quotesOf = (panel: Page) => panel.locator('#clippings blockquote').allTextContents();
export const itemOf = (panel: Page, id: string) => panel.locator(`[data-clipping="${id}"]`);
export const searchIn = (panel: Page, text: string) =>
  panel.getByRole('searchbox', { name: 'Search clippings' }).fill(text);
