// A page's own scripts cannot reach the clippings: there is no externally_connectable, so a
// page cannot message the extension; the database lives in the extension's origin, so the
// page's IndexedDB has no kjwatch database; no extension file is web-accessible. And the
// background refuses page requests from contexts that have no page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage, replaceRules, sendFromPage } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { waitForHits } from './harness/page-hooks.ts';
import { EXTENSION_DIR } from './harness/paths.ts';
import { allSitePages, e2ePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

describe('a page cannot reach the clippings', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let options: Page;
  const article = e2ePage('most-split-term.html');
  const secret = fakeClipping({ url: httpAddress(article.url), quote: '只属于扩展的摘录' });

  beforeAll(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
    await replaceRules(session, [{ id: 'inspection', any: ['巡视'] }]);
    await putClippingsRaw(session.worker, [secret]);
    options = await openExtensionPage(session);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('holds a clipping for the page, visible to the extension itself', async () => {
    const answer = await sendFromPage(options, { type: 'clippings:list' });
    expect(answer).toMatchObject({ ok: true, value: { clippings: [{ id: secret.id }] } });
  });

  it('gives a page script no way to message the extension or read its database', async () => {
    const page = await session.context.newPage();
    await page.goto(httpAddress(article.url));
    await waitForHits(page); // the content script is running on this page
    const attempt = await page.evaluate(async (extensionId) => {
      const g = globalThis as unknown as {
        chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } };
      };
      let message: string;
      try {
        const answer = await g.chrome!.runtime!.sendMessage!(extensionId, {
          type: 'clippings:list',
        });
        message = `answered ${JSON.stringify(answer)}`;
      } catch (error) {
        message = `failed: ${(error as Error).message}`;
      }
      let file: string;
      try {
        file = `read ${(await (await fetch(`chrome-extension://${extensionId}/manifest.json`)).text()).length}`;
      } catch (error) {
        file = `failed: ${(error as Error).message}`;
      }
      const databases = (await indexedDB.databases()).map((d) => d.name);
      return { message, file, databases, html: document.documentElement.outerHTML };
    }, session.extensionId);
    expect(attempt.message).toMatch(/^failed/);
    expect(attempt.file).toMatch(/^failed/);
    expect(attempt.databases).not.toContain('kjwatch');
    expect(attempt.html).not.toContain(secret.quote);
  });

  it('declares nothing that would open the extension to pages', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('refuses page requests from an extension page, which has no page', async () => {
    const answer = await sendFromPage(options, { type: 'clippings:forPage' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('rejects malformed messages with a reason', async () => {
    const answer = await sendFromPage(options, { type: 'clippings:list', extra: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
