// Each built-in profile against its fixture pages (tests/fixtures/sites/<id>/): the list page
// yields the golden entries and next page, the detail page the title and date its `detail`
// overrides point at.
import { describe, expect, it } from 'vitest';
import { parseChineseDate } from '../../shared/dates/parse-chinese-date.ts';
import { extractNotice } from '../../shared/extract/extract-notice.ts';
import { extractListEntries } from '../../shared/lists/extract-list-entries.ts';
import type { ListEntry } from '../../shared/lists/list-entry.ts';
import { DEFAULT_MAX_PAGES, nextPageUrls } from '../../shared/lists/next-page-urls.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';
import { goldenJson, readFixturePage } from '../fixtures/sites/site-fixtures.ts';

interface ListGolden {
  url: string;
  entries: ListEntry[];
  next: string[];
}

interface DetailGolden {
  url: string;
  title: string;
  publishedAt?: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?\+08:00)?$/;
const cases = builtInProfiles.map((profile) => ({ id: profile.id, profile }));

describe('list fixtures', () => {
  it.each(cases)('$id: entries and next page match list.expected.json', ({ id, profile }) => {
    const page = readFixturePage(id, 'list.html');
    const entries = extractListEntries(page.doc, { url: page.url, profile });
    const next = nextPageUrls(page.doc, { url: page.url, profile, pageIndex: 0 });
    const golden = goldenJson<ListGolden>(id, 'list.expected.json', {
      url: page.url,
      entries,
      next,
    });
    expect(entries).toEqual(golden.entries);
    expect(next).toEqual(golden.next);
  });

  it.each(cases)('$id: absolute URLs, whole titles, ISO dates', ({ id, profile }) => {
    const page = readFixturePage(id, 'list.html');
    const entries = extractListEntries(page.doc, { url: page.url, profile });
    expect(entries.length).toBeGreaterThanOrEqual(5);
    for (const entry of entries) {
      expect(entry.url).toMatch(/^https?:\/\/[^/]+\//);
      expect(new URL(entry.url).hostname).toBe(new URL(page.url).hostname);
      expect(entry.title.length).toBeGreaterThan(8);
      expect(entry.title).not.toMatch(/(?:…|\.\.\.)$/);
      expect(entry.publishedAt).toMatch(ISO);
    }
    // Newest first, like every list these sites publish.
    const dates = entries.map((e) => e.publishedAt ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it.each(cases)('$id: no next page once maxPages are read', ({ id, profile }) => {
    const page = readFixturePage(id, 'list.html');
    const limit = profile.list.maxPages ?? DEFAULT_MAX_PAGES;
    expect(nextPageUrls(page.doc, { url: page.url, profile, pageIndex: limit - 1 })).toEqual([]);
    expect(nextPageUrls(page.doc, { url: page.url, profile, pageIndex: 0, maxPages: 1 })).toEqual(
      [],
    );
  });

  it.each(cases)('$id: the fixture is one of the profile’s start pages', ({ id, profile }) => {
    const { url } = readFixturePage(id, 'list.html');
    expect(profile.start).toContain(url);
  });
});

describe('detail fixtures', () => {
  it.each(cases)(
    '$id: title and date come through the profile’s detail overrides',
    ({ id, profile }) => {
      const page = readFixturePage(id, 'detail.html');
      const notice = extractNotice(page.doc, { url: page.url, profile });
      const golden = goldenJson<DetailGolden>(id, 'detail.expected.json', {
        url: page.url,
        title: notice.title,
        ...(notice.publishedAt ? { publishedAt: notice.publishedAt } : {}),
      });
      expect(notice.title).toBe(golden.title);
      expect(notice.publishedAt).toBe(golden.publishedAt);
      expect(notice.siteId).toBe(id);

      // The overrides match on the fixture, and what they point at is what was extracted.
      const { detail } = profile;
      expect(detail?.title).toBeDefined();
      const titleText = page.doc.querySelector(detail?.title ?? '')?.textContent ?? '';
      expect(titleText.replace(/\s+/g, ' ').trim()).toBe(notice.title);
      if (detail?.date) {
        const dateText = page.doc.querySelector(detail.date)?.textContent ?? '';
        expect(parseChineseDate(dateText)?.iso).toBe(notice.publishedAt);
      }
      if (detail?.body) expect(page.doc.querySelector(detail.body)).not.toBeNull();
    },
  );
});
