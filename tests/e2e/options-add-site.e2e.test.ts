// A site the user adds in the options gets kjwatch's content script once the browser grants
// its host. Chromium's permission prompt cannot be answered in a headless test, so this build's
// manifest grants the one test host up front — what the user's "Allow" leaves behind; a request
// for a host already granted resolves at once. Everything after the grant is kjwatch's: the
// request, the stored setting, the script registered by the background, the page marked.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceRules, sendFromPage } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { openReadyPage } from './harness/library-pages.ts';
import { waitForHits } from './harness/page-hooks.ts';
import { EXTENSION_DIR } from './harness/paths.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';

const HOST = 'kjj.example-city.cn';
const PAGE_URL = `http://${HOST}/tzgg/t20240105_1.html`;
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
<div class="article"><h1>关于开展巡视整改工作的通知</h1><p>各单位：请做好巡视整改。</p></div></body></html>`;

/** The built extension, with the test host granted as if the user had allowed it. */
function buildGrantingHost(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kjwatch-granted-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = [`*://${HOST}/*`, `*://www.${HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

async function addedSites(page: Page): Promise<string[]> {
  const answer = (await sendFromPage(page, { type: 'settings:get' })) as {
    value: { sites: { added: string[] } };
  };
  return answer.value.sites.added;
}

describe('options: adding a site', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    server = await startSiteServer([{ url: PAGE_URL, html: PAGE }]);
    session = await launchExtension(server.port, buildGrantingHost(), [HOST]);
    await replaceRules(session, [{ id: 'inspection', any: ['巡视'], all: ['整改'] }]);
    options = await openReadyPage(session, 'options.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks an added site once its host is granted, and not before', async () => {
    const before = await session.context.newPage();
    await before.goto(httpAddress(PAGE_URL));
    await before.waitForTimeout(1_000);
    expect(await before.getAttribute('html', 'data-kjwatch-hits')).toBeNull();
    await before.close();

    await options.getByLabel(/^Site address/).fill(`https://${HOST}/tzgg/`);
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.getByText(`Added ${HOST}.`).count()).toBe(1);
    expect(await addedSites(options)).toEqual([HOST]);

    const page = await session.context.newPage();
    await page.goto(httpAddress(PAGE_URL));
    // 巡视 and 整改, in the title and in the body: each highlighted for the rule.
    expect(await waitForHits(page)).toBe(4);
    await page.close();
  });
});
