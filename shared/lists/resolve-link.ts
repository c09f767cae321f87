import type { DocLike } from '../dom/doc-like.ts';

/** The URL relative links resolve against: the page's `<base href>` if any, else the page URL. */
export function documentBaseUrl(doc: DocLike, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href')?.trim();
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

// Links that lead to no notice: script calls, in-page anchors, mail and phone links.
const NOT_A_PAGE = /^(?:javascript:|mailto:|tel:|#|about:|data:)/i;

/** The absolute http(s) URL of a link, or undefined when it leads to no page. */
export function resolveLink(href: string | null | undefined, base: string): string | undefined {
  const raw = href?.trim();
  if (!raw || NOT_A_PAGE.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Setting the hash re-serialises the URL: only when there is one (5,000 links on a list page).
  if (url.hash) url.hash = '';
  return url.href;
}
