// A fetched detail page → the Notice to store: decoded by its own charset (GBK pages exist),
// extracted with the site's profile, gaps filled from what the list showed, rules matched.

import type { DocLike } from '../../shared/dom/doc-like.ts';
import { extractNotice, noticeId } from '../../shared/extract/extract-notice.ts';
import type { Notice } from '../../shared/model.ts';
import type { RuleMatcher } from '../../shared/rules/rule-matcher.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { FetchedResponse } from '../fetch/fetched-response.ts';
import { decodeHtml } from '../html/decode-html.ts';
import { limitHtml } from '../html/limit-html.ts';
import { parseHtml } from '../html/parse-html.ts';

/** The page as a document: the browser's DOM when a browser loaded it, else the decoded bytes. */
export function documentOf(page: FetchedResponse): DocLike {
  const html = page.renderedHtml ?? decodeHtml(page.body, page.contentType);
  return parseHtml(limitHtml(html).html);
}

export function noticeFromPage(
  page: FetchedResponse,
  profile: SiteProfile,
  listed: { title: string; publishedAt?: string },
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
