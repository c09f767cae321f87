// A fetched detail page → the Notice to store: decoded by its own charset (GBK pages exist),
// extracted with the site's profile, gaps filled from what the list showed, rules matched.

import type { DocLike } from '../../shared/dom/doc-like.ts';
import { extractNotice, noticeId } from '../../shared/extract/extract-notice.ts';
import type { Notice, WatchRule } from '../../shared/model.ts';
import { compileRules, type RuleMatcher } from '../../shared/rules/rule-matcher.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { FetchedResponse } from '../fetch/fetched-response.ts';
import { decodeHtml } from '../html/decode-html.ts';
import { limitHtml } from '../html/limit-html.ts';
import { parseHtml } from '../html/parse-html.ts';

/** What extraction reads of a fetched page (what crosses to the writer thread for it). */
export type PageToExtract = Pick<
  FetchedResponse,
  'url' | 'finalUrl' | 'fetchedAt' | 'body' | 'contentType' | 'renderedHtml'
>;

/** What the list said of the notice: gaps in the page are filled from it. */
export interface ListedNotice {
  title: string;
  publishedAt?: string;
}

/** The page as a document: the browser's DOM when a browser loaded it, else the decoded bytes. */
export function documentOf(page: PageToExtract): DocLike {
  const html = page.renderedHtml ?? decodeHtml(page.body, page.contentType);
  return parseHtml(limitHtml(html).html);
}

/** The crawl's watch rules, compiled once for all its pages (none: nothing to match). */
export const matcherOf = (rules: readonly WatchRule[] | undefined): RuleMatcher | undefined =>
  rules && rules.length > 0 ? compileRules(rules) : undefined;

export function noticeFromPage(
  page: PageToExtract,
  profile: SiteProfile,
  listed: ListedNotice,
  matcher: RuleMatcher | undefined,
): Notice {
  // Links resolve against where the page is now; the identity stays the URL the list gave, so
  // that the next run recognises the entry without fetching it.
  const notice = extractNotice(documentOf(page), {
    url: page.finalUrl,
    profile,
    siteId: profile.id,
  });
  notice.id = noticeId(page.url);
  notice.url = page.url;
  if (!notice.title && listed.title) notice.title = listed.title;
  if (!notice.publishedAt && listed.publishedAt) notice.publishedAt = listed.publishedAt;
  notice.fetchedAt = page.fetchedAt;
  notice.matches = matcher
    ? matcher.noticeRules({ title: notice.title, body: notice.bodyText, siteId: profile.id })
    : [];
  return notice;
}
