// Rule marks on list pages: every built-in site's fixture list, served under its real host and
// path, gets `data-kjwatch-rule` on exactly the entries whose titles satisfy a rule (field
// "title", the profile's site id), and a visible mark in the rule's colour.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocLike } from '../../shared/dom/doc-like.ts';
import { detectListItems } from '../../shared/lists/detect-list-entries.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import { profileForUrl } from '../../shared/sites/index.ts';
import type { ExtensionSession } from './harness/launch-extension.ts';
import { markedEntries, rgb, waitForHits } from './harness/page-hooks.ts';
import { e2ePage, fixturePage, fixtureProfileIds, realMostPage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer } from './harness/site-server.ts';
import { closeSites, openSitesWithRules } from './harness/sites-with-rules.ts';
import { LIST_RULES } from './rules.ts';

interface ExpectedList {
  entries: { url: string; title: string }[];
}

const matcher = compileRules(LIST_RULES);
const withoutScheme = (url: string) => url.replace(/^https?:/, '');

function expectedMarks(profileId: string) {
  const path = fixturePage(profileId).file.replace(/list\.html$/, 'list.expected.json');
  const { entries } = JSON.parse(readFileSync(path, 'utf8')) as ExpectedList;
  return entries
    .map((e) => ({
      rules: matcher.matchingRules(e.title, { field: 'title', siteId: profileId }),
      link: withoutScheme(e.url),
    }))
    .filter((e) => e.rules.length > 0);
}

/**
 * The real MOST 法规政策 overview holds three lists that no profile's selectors name, so the
 * extension falls back to the generic list detector; so does this expectation.
 */
function expectedRealListMarks(file: string, url: string) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const siteId = profileForUrl(url)?.id;
  return detectListItems(document as unknown as DocLike, { url })
    .map(({ entry }) => ({
      rules: matcher.matchingRules(
        entry.title,
        siteId ? { field: 'title', siteId } : { field: 'title' },
      ),
      link: withoutScheme(entry.url),
    }))
    .filter((e) => e.rules.length > 0);
}

const byLink = (a: { link: string }, b: { link: string }) => a.link.localeCompare(b.link);

describe('rule marks on list pages', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    ({ server, session, page } = await openSitesWithRules(LIST_RULES));
  });
  afterAll(() => closeSites({ server, session }));

  it('marks something somewhere: the rules are not vacuous', () => {
    const total = fixtureProfileIds().reduce((n, id) => n + expectedMarks(id).length, 0);
    expect(total).toBeGreaterThan(8);
  });

  it.each(fixtureProfileIds())('marks the matching entries of %s', async (profileId) => {
    await page.goto(httpAddress(fixturePage(profileId).url));
    await waitForHits(page);
    const marked = await markedEntries(page);
    expect(marked.map(({ rules, link }) => ({ rules, link })).sort(byLink)).toEqual(
      expectedMarks(profileId).sort(byLink),
    );
    for (const entry of marked) {
      const rule = LIST_RULES.find((r) => r.id === entry.rules.at(-1))!;
      expect(entry.boxShadow).toContain(rgb(rule.color!));
    }
  });

  it('marks the entries of the real MOST list page (generic list detection)', async () => {
    const real = realMostPage('most_golden_list_page');
    const expected = expectedRealListMarks(real.file, httpAddress(real.url));
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(httpAddress(real.url));
    await waitForHits(page);
    const marked = await markedEntries(page);
    expect(marked.map(({ rules, link }) => ({ rules, link })).sort(byLink)).toEqual(
      expected.sort(byLink),
    );
  });

  it('marks entries that the page adds after loading', async () => {
    await page.goto(httpAddress(e2ePage('most-tztg-late.html').url));
    await waitForHits(page);
    const count = () => page.locator('[data-kjwatch-rule]').count();
    await expect.poll(count, { timeout: 10_000 }).toBe(4);
    const rules = await page.$$eval('[data-kjwatch-rule]', (els) =>
      els.map((el) => el.getAttribute('data-kjwatch-rule')),
    );
    expect(rules).toEqual(['plan', 'inspection party', 'inspection', 'party']);
    // The hit count follows: 研发计划; 巡视, 党组, 民主生活会; 巡察; 党建 (the 公示 entry has none).
    await expect.poll(() => page.getAttribute('html', 'data-kjwatch-hits')).toBe('6');
  });
});
