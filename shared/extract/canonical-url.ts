// The identity of a notice is its canonical URL: one page reached through tracking links,
// with a fragment, over http or https, or as `…/index.html` is still one notice.

const TRACKING_PARAM = /^(?:utm_\w+|spm|from|isappinstalled|share_token|wxfrom|timestamp|_t)$/i;
const INDEX_PAGE = /\/index\.(?:s?html?|jsp|php|aspx?)$/i;

export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  // Government sites serve the same page on both schemes; a notice must not be stored twice.
  if (u.protocol === 'http:' || u.protocol === 'https:') u.protocol = 'https:';
  const drop: string[] = [];
  u.searchParams.forEach((_value, key) => {
    if (TRACKING_PARAM.test(key)) drop.push(key);
  });
  for (const key of drop) u.searchParams.delete(key);
  if (u.search === '?') u.search = '';
  u.pathname = u.pathname.replace(INDEX_PAGE, '/');
  return u.href;
}
