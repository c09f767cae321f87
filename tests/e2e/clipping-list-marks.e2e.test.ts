// List pages: the entries whose page already has clippings get a second mark,
// `data-kjwatch-clipped` and a bar on the right, beside the rule mark on the left. The
// clipping may have been made over http or https; the link is compared either way.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness/launch-extension.ts';
import { rgb, waitForHits } from './harness/page-hooks.ts';
import { fixturePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer } from './harness/site-server.ts';
import { closeSites, openSitesWithRules } from './harness/sites-with-rules.ts';
import { fakeClipping, putClippingsRaw } from './harness/stored-data.ts';
import { LIST_RULES } from './rules.ts';

describe('clipped entries on list pages', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ server, session, page } = await openSitesWithRules(LIST_RULES));
  });
  afterAll(() => closeSites({ server, session }));

  it('marks the list entries whose page is clipped, beside the rule mark', async () => {
    const list = fixturePage('most-kjbgz');
    const listed = JSON.parse(
      readFileSync(list.file.replace(/list\.html$/, 'list.expected.json'), 'utf8'),
    ) as { entries: { url: string; title: string }[] };
    // 党建: the entry also carries the rule mark of `party`.
    const entry = listed.entries[0]!;
    expect(entry.title).toContain('党建');
    // Clipped on the real site over https; the local copy is served over http, and its
    // relative links resolve to http.
    await putClippingsRaw(session.worker, [fakeClipping({ url: entry.url })]);
    await page.goto(httpAddress(list.url));
    await waitForHits(page);
    await expect
      .poll(() =>
        page.$$eval('[data-kjwatch-clipped]', (els) =>
          els.map((el) =>
            (el.querySelector('a') as HTMLAnchorElement).href.replace(/^https?:/, ''),
          ),
        ),
      )
      .toEqual([entry.url.replace(/^https?:/, '')]);
    const shadow = await page.$eval(
      '[data-kjwatch-clipped]',
      (el) => getComputedStyle(el).boxShadow,
    );
    expect(shadow).toContain(rgb('#90caf9'));
    expect(shadow).toContain(rgb('#7e57c2'));
    expect(await page.getAttribute('[data-kjwatch-clipped]', 'data-kjwatch-rule')).toBe('party');
  });
});
