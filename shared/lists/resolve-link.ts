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

// A plain path — letters, digits, `_-.` and `/`, an optional query of the same and `=&` —
// that the URL parser would copy as it is. Resolving it is string work: `new URL` for each of
// a 5,000-entry list's links was ~15 ms of marking it in the extension.
const PLAIN_PATH = /^\/?[\w-][\w.\-/]*(?:\?[\w.\-=&]*)?$/;
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:[/?]|$)|\/\//;

let lastBase = '';
let lastDirectory: string | undefined;
let lastOrigin: string | undefined;

/** The base's origin and directory (up to its last `/`), or undefined for a base to parse fully. */
function baseParts(base: string): [string, string] | undefined {
  if (base !== lastBase) {
    lastBase = base;
    lastOrigin = lastDirectory = undefined;
    try {
      const url = new URL(base);
      if (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        !url.username &&
        !url.password
      ) {
        lastOrigin = url.origin;
        lastDirectory = lastOrigin + url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1);
      }
    } catch {
      // left to the full parse, which gives undefined for this base
    }
  }
  return lastOrigin === undefined ? undefined : [lastOrigin, lastDirectory!];
}

/** `new URL(raw, base).href` for a plain relative path; undefined when it needs the parser. */
function resolvePlainPath(raw: string, base: string): string | undefined {
  const path = raw.startsWith('./') ? raw.slice(2) : raw;
  if (path !== raw && path.startsWith('/')) return undefined; // `.//x`: not root-relative
  if (!PLAIN_PATH.test(path) || DOT_SEGMENT.test(path)) return undefined;
  const parts = baseParts(base);
  if (!parts) return undefined;
  return path.startsWith('/') ? parts[0] + path : parts[1] + path;
}

/** The absolute http(s) URL of a link, or undefined when it leads to no page. */
export function resolveLink(href: string | null | undefined, base: string): string | undefined {
  const raw = href?.trim();
  if (!raw || NOT_A_PAGE.test(raw)) return undefined;
  const plain = resolvePlainPath(raw, base);
  if (plain !== undefined) return plain;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // A serialised URL holds `#` only where its fragment starts (an empty one included).
  const at = url.href.indexOf('#');
  return at < 0 ? url.href : url.href.slice(0, at);
}
