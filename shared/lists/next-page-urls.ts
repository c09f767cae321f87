// Which list page to read next, for each paging type of DESIGN.md. One page at a time: the
// crawler reads newest first and stops at the first page that holds nothing new, so a daily
// crawl costs one or two requests per site.
import type { DocLike } from '../dom/doc-like.ts';
import type { SiteProfile } from '../sites/define-site-profile.ts';
import { matchProfileList } from './extract-list-entries.ts';
import { documentBaseUrl, resolveLink } from './resolve-link.ts';
import { parseTrsPaging } from './trs-paging.ts';

export const DEFAULT_MAX_PAGES = 5;

export interface NextPageInput {
  /** The current page's address. */
  url: string;
  profile: SiteProfile;
  /** How many pages of this list were read before this one (0 on a start page). */
  pageIndex: number;
  /** Overrides the profile's `list.maxPages` (`crawl --max-pages`). */
  maxPages?: number;
}

function sameDocument(a: string, b: string): boolean {
  return a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}

/** The URL of the next list page, or an empty array when this is the last one to read. */
export function nextPageUrls(
  doc: DocLike,
  { url, profile, pageIndex, maxPages }: NextPageInput,
): string[] {
  const limit = maxPages ?? profile.list.maxPages ?? DEFAULT_MAX_PAGES;
  if (pageIndex + 1 >= limit) return [];
  const paging = profile.list.paging ?? { type: 'none' };
  const base = documentBaseUrl(doc, url);
  let next: string | undefined;
  switch (paging.type) {
    case 'none':
      return [];
    case 'trs': {
      // The page's own index wins over pageIndex: a crawl may start deeper in the list.
      const trs = parseTrsPaging(doc);
      if (!trs || trs.index + 1 >= trs.count) return [];
      next = resolveLink(`${trs.name}_${trs.index + 1}.${trs.ext}`, base);
      break;
    }
    case 'next':
      next = resolveLink(doc.querySelector(paging.selector)?.getAttribute('href'), base);
      break;
    case 'param': {
      // Numbered pages have no last-page marker: a page without entries ends the list.
      if (matchProfileList(doc, { url, profile }).items.length === 0) return [];
      const n = (paging.first ?? 2) + pageIndex;
      next = resolveLink(paging.template.replaceAll('{n}', String(n)), url);
      break;
    }
  }
  return next && !sameDocument(next, url) ? [next] : [];
}
