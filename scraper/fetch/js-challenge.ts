// Anti-bot JS challenges (SITES.md): the first request is answered with 412 or 521 (or, on some
// sites, 200) and a small page whose script computes a cookie and reloads. Plain HTTP cannot pass
// it; a browser can, and the cookie it earns then serves plain HTTP requests.

const CHALLENGE_STATUSES = new Set([412, 521]);
/** Real notices and lists are larger; challenge pages are a script and little else. */
export const CHALLENGE_MAX_BYTES = 2048;

const SETS_COOKIE = /document\s*\.\s*cookie\s*=/;

export function isJsChallenge(status: number, body: Uint8Array): boolean {
  if (CHALLENGE_STATUSES.has(status)) return true;
  if (body.length >= CHALLENGE_MAX_BYTES) return false;
  // Latin-1 keeps every byte one character: the markers are ASCII whatever the page's charset.
  const text = new TextDecoder('latin1').decode(body);
  return /<script/i.test(text) && SETS_COOKIE.test(text);
}
