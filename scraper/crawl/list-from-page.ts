// A fetched list page → its entries and the next list page to read. Done on the crawl's writer
// thread when that has nothing else to do (writer-thread.ts), so the outcome is plain data: a
// profile that no longer fits the page is said, not thrown, since a SiteChangedError would
// reach the crawl as a plain Error and be retried.

import { extractListEntries } from '../../shared/lists/extract-list-entries.ts';
import type { ListEntry } from '../../shared/lists/list-entry.ts';
import { nextPageUrls } from '../../shared/lists/next-page-urls.ts';
import { SiteChangedError } from '../../shared/lists/site-changed-error.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { documentOf, type PageToExtract } from './notice-from-page.ts';

/** Where the page is in its list, and how deep the crawl may go (`--max-pages`). */
export interface ListPaging {
  pageIndex: number;
  maxPages?: number;
}

export type ListReading =
  | { entries: ListEntry[]; next: string[] }
  | { siteChanged: string; entries?: undefined };

export function listFromPage(
  page: PageToExtract,
  profile: SiteProfile,
  { pageIndex, maxPages }: ListPaging,
): ListReading {
  const doc = documentOf(page);
  const url = page.finalUrl;
  let entries: ListEntry[];
  try {
    entries = extractListEntries(doc, { url, profile });
  } catch (err) {
    if (err instanceof SiteChangedError) return { siteChanged: err.message };
    throw err;
  }
  const next = nextPageUrls(doc, {
    url,
    profile,
    pageIndex,
    ...(maxPages !== undefined ? { maxPages } : {}),
  });
  return { entries, next };
}
