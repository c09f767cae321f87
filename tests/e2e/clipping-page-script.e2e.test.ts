// What a page's own scripts can do with the clipping form (its shadow root is open): open it,
// fill it, click it — but never make it save, since Save acts only on trusted input; and what
// the user saves is filed by the background under the sender tab's own page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectText, storedClippings, waitForClips } from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { allSitePages, e2ePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';

const address = httpAddress(e2ePage('most-split-term.html').url);

describe('a page script and the clipping form', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
    await replaceRules(session, [{ id: 'inspection', any: ['巡视'] }]);
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('cannot click the form into saving, and what a user saves is filed under the page', async () => {
    await page.goto(address);
    await waitForClips(page);
    await selectText(page, '逐项落实');
    await page.getByRole('button', { name: 'Save clipping', exact: true }).waitFor();
    // The page's own script drives the (open) shadow root: opens the form, writes a note,
    // clicks Save, submits the form, presses Enter — all untrusted events.
    const attempt = await page.evaluate(async () => {
      const root = document.querySelector('kjwatch-clip-ui')!.shadowRoot!;
      (root.querySelector('[role=toolbar] button') as HTMLButtonElement).click();
      const wait = () => new Promise((r) => setTimeout(r, 300));
      await wait();
      const note = root.querySelector('textarea')!;
      note.value = '页面脚本写的';
      const save = root.querySelector('button[type=submit]') as HTMLButtonElement;
      save.click();
      root.querySelector('form')!.requestSubmit();
      root.querySelector('form')!.requestSubmit(save);
      note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      history.replaceState(null, '', '#elsewhere');
      await wait();
      return { formOpen: root.querySelector('[role=dialog]') !== null };
    });
    expect(attempt.formOpen).toBe(true);
    expect(await storedClippings(session)).toEqual([]);
    // The user's own click saves, under the page's address (no fragment), whatever the page did.
    await page
      .getByRole('dialog', { name: 'Save clipping' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    await expect.poll(async () => (await storedClippings(session)).length).toBe(1);
    const [clipping] = await storedClippings(session);
    expect(clipping).toMatchObject({ url: address, quote: '逐项落实' });
  });
});
