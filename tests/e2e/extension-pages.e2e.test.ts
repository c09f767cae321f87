// The extension's own pages: the options page shows the rules and the side panel the
// clippings, both read from the background, in the browser's language (English here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

describe('extension pages', () => {
  let server: SiteServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startSiteServer([]);
    session = await launchExtension(server.port);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('the options page lists the watch rules', async () => {
    await replaceRules(session, [
      { id: 'inspection', name: '巡视巡察', any: ['巡视'] },
      { id: 'ai', any: ['AI'] },
    ]);
    const page = await openExtensionPage(session, 'options.html');
    // The rule editor: one group per rule, named by its number and name (options-*.e2e.test.ts
    // cover editing).
    const section = page.getByRole('region', { name: 'Watch rules' });
    await expect
      .poll(() => section.locator('fieldset.rule > legend').allTextContents())
      .toEqual(['Rule 1: 巡视巡察', 'Rule 2: ai']);
  });

  it('the side panel lists clippings, newest first', async () => {
    const older = fakeClipping({ url: 'https://www.most.gov.cn/tztg/a.html', quote: '较早的摘录' });
    const newer = fakeClipping({ url: 'https://www.most.gov.cn/tztg/b.html', quote: '较新的摘录' });
    // Any call opens (and creates) the database before the raw write.
    await replaceRules(session, []);
    await putClippingsRaw(session.worker, [older, newer]);
    const page = await openExtensionPage(session, 'sidepanel.html');
    await expect
      .poll(() => page.locator('blockquote').allTextContents())
      .toEqual(['较新的摘录', '较早的摘录']);
  });
});
