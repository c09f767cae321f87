// Storage full while saving a clipping: the form says so in the user's language, keeps what
// they typed, and everything saved before is still there. The extension's quota is shrunk
// through DevTools, as storage.e2e.test.ts does for rules.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectText, storedClippings, waitForClips } from './harness/clip-ui.ts';
import { replaceRules } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';

const ADDRESS = 'http://www.most.gov.cn/kjbgz/202401/t20240105_990001.html';

/** Varied Han text: Chrome compresses what IndexedDB stores, and repetition would shrink. */
function hanText(length: number, seed: number): string {
  let s = seed;
  return Array.from({ length }, () => {
    s = (s * 48271) % 2147483647;
    return String.fromCharCode(0x4e00 + (s % 20000));
  }).join('');
}

const LONG = hanText(90_000, 7);
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>关于长篇通知的通知</title></head>
<body><h1>关于长篇通知的通知</h1><div class="TRS_Editor"><p id="long">${LONG}</p><p>落款</p></div></body></html>`;

describe('saving a clipping when storage is full', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;
  const earlier = fakeClipping({ url: ADDRESS, quote: '早先保存的摘录' });

  beforeAll(async () => {
    server = await startSiteServer([{ url: ADDRESS, html: PAGE }]);
    session = await launchExtension(server.port);
    // Chromium applies a quota override to database connections opened after it, so it comes
    // before anything opens the database. Room for the rules and a short clipping (a few KB),
    // not for a long one (90,000 characters, about 360 KB as stored).
    page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    const { usage } = await session.worker.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: `chrome-extension://${session.extensionId}`,
      quotaSize: (usage ?? 0) + 64 * 1024,
    });
    await replaceRules(session, [{ id: 'notice', any: ['通知'] }]);
    await putClippingsRaw(session.worker, [earlier]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the storage-full message in the form and loses nothing', async () => {
    await page.goto(ADDRESS);
    await waitForClips(page);
    await selectText(page, LONG);
    await page.getByRole('button', { name: 'Save clipping', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Save clipping' });
    await form.getByLabel('Note').fill('很长的一段');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const alert = form.getByRole('alert');
    await expect
      .poll(() => alert.textContent({ timeout: 1_000 }), { timeout: 10_000 })
      .toMatch(/^Storage is full/);
    // The form stays, with the note as typed, ready to save again once there is room.
    expect(await form.getByLabel('Note').inputValue()).toBe('很长的一段');
    expect(await form.getByRole('button', { name: 'Save', exact: true }).isEnabled()).toBe(true);
    expect(await storedClippings(session)).toEqual([earlier]);
  });
});
