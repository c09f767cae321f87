// The other ways into the clipping form: the context menu and the keyboard shortcut, both of
// which make the background send the tab's content script `clip-form:open`.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillClipForm, selectText, storedClippings, waitForClips } from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { EXTENSION_DIR } from './harness/paths.ts';
import { allSitePages, e2ePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';

const article = e2ePage('most-split-term.html');
const address = httpAddress(article.url);
const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  permissions?: string[];
};
const shortcut = manifest.commands?.['save-clipping']?.suggested_key?.default;

/**
 * What the context menu item and the shortcut do in the background: message the tab's content
 * script (the active tab: without the "tabs" permission the extension cannot query by URL).
 */
async function sendOpenForm(session: ExtensionSession, page: Page): Promise<void> {
  await page.bringToFront();
  await session.worker.evaluate(async () => {
    type Tabs = {
      query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
      sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown>;
    };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id!, { type: 'clip-form:open' }, { frameId: 0 });
  });
}

describe('the context menu and keyboard shortcut paths', () => {
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

  it('opens the form for the selection when the background asks (the menu’s message)', async () => {
    await page.goto(address);
    await waitForClips(page);
    // Across elements: from the middle of p1, over <span>巡</span><span>视</span> and <b>, into p2.
    await selectText(page, '中央第十', '关于');
    await sendOpenForm(session, page);
    const form = page.getByRole('dialog', { name: 'Save clipping' });
    await expect
      .poll(() => form.locator('blockquote').textContent())
      .toBe('中央第十巡视组对科技部党组开展了巡视。\n关于');
    await fillClipForm(page, { note: '菜单' });
    await expect.poll(async () => (await storedClippings(session)).length).toBe(1);
    const [clipping] = await storedClippings(session);
    expect(clipping).toMatchObject({
      url: address,
      note: '菜单',
      quote: '中央第十巡视组对科技部党组开展了巡视。\n关于',
    });
  });

  it('says to select text first when there is no selection', async () => {
    await page.reload();
    await waitForClips(page);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await sendOpenForm(session, page);
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('Select some text on the page first.');
  });

  // The shortcut itself is not pressed here: in this headless Chromium, keys sent through
  // Playwright (DevTools input events) never reached the command handler (tried: the form did
  // not open). Its handler is the menu's (clip-entry-points.ts), tested above through the
  // message both send. Skipped until wxt.config.ts declares the command and the permission.
  it.skipIf(!shortcut)('declares the shortcut, and creates the context menu item', async () => {
    expect(shortcut).toBe('Alt+Shift+S');
    expect(manifest.permissions).toContain('contextMenus');
    // Updating an item that does not exist fails: this one was created by the background.
    const updated = await session.worker.evaluate(async () => {
      type Menus = { update(id: string, p: object): Promise<void> };
      const menus = (globalThis as unknown as { chrome: { contextMenus: Menus } }).chrome
        .contextMenus;
      await menus.update('kjwatch-save-clipping', { contexts: ['selection'] });
      return true;
    });
    expect(updated).toBe(true);
  });
});
