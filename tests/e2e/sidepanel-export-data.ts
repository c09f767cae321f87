// The clippings the export and import tests start from — one with a multi-line note and tags,
// one with cells a spreadsheet would run as formulas, one from a page without notice metadata —
// and a browser with them stored and the side panel open.
import type { Page } from 'playwright-core';
import type { Clipping } from '../../shared/model.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { download, openReadyPage } from './harness/library-pages.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

export const MOST = 'https://www.most.gov.cn/tztg/202401/t20240105_1.html';
export const notice = {
  title: '科技部关于开展巡视整改工作的通知',
  publisher: '科学技术部',
  publishedAt: '2024-01-05',
  documentNumber: '国科发〔2024〕1号',
};
export const EXPORT_CLIPPINGS: Clipping[] = [
  fakeClipping({
    id: 'a',
    url: MOST,
    notice,
    quote: '开展巡视整改工作',
    note: '要点：\n按期整改',
    tags: ['巡视', '整改'],
    createdAt: '2024-01-05T08:00:00.000Z',
    updatedAt: '2024-01-06T08:00:00.000Z',
  }),
  fakeClipping({
    id: 'b',
    url: MOST,
    notice,
    quote: '=HYPERLINK("http://evil")',
    note: '@x',
    tags: ['+x', '-x', '＝1+1'],
    createdAt: '2024-01-07T08:00:00.000Z',
  }),
  fakeClipping({
    id: 'c',
    url: 'http://www.siom.cas.cn/xwzx/t1.html',
    pageTitle: '光机所新闻',
    quote: '激光技术',
    createdAt: '2024-01-08T08:00:00.000Z',
  }),
];

export interface ExportSession {
  server: SiteServer;
  session: ExtensionSession;
  panel: Page;
  close(): Promise<void>;
}

export async function openPanelForExport(): Promise<ExportSession> {
  const server = await startSiteServer([]);
  const session = await launchExtension(server.port);
  await replaceRules(session, []);
  await putClippingsRaw(session.worker, EXPORT_CLIPPINGS);
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

/** Clicks the export button named `label` and reads the downloaded file. */
export const exportFrom = (panel: Page, label: string) =>
  download(panel, () => panel.getByRole('button', { name: label, exact: true }).click());
