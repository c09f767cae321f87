// A host's cookies, kept from one run to the next beside the resume state: the cookie a JS
// challenge handed to Chromium then serves the next day's run over plain HTTP, instead of one
// more browser start per run. Challenge cookies are usually session cookies (no expiry), which
// a browser would drop at exit; here they are kept at most MAX_AGE_MS, and a cookie the site no
// longer accepts only means the challenge is met once more. One file per host, written whole
// (write-file-atomic.ts); an unreadable file is the same as none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserCookie } from '../fetch/browser-fetch.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

const MAX_AGE_MS = 12 * 3600 * 1000;

interface CookieFile {
  savedAt: string;
  cookies: BrowserCookie[];
}

const fileFor = (dir: string, host: string) =>
  join(dir, 'cookies', `${host.replace(/[^\w.-]/g, '_')}.json`);

/** The host's cookies of an earlier run that are still good (none after MAX_AGE_MS). */
export function loadHostCookies(dir: string, host: string, now = Date.now()): BrowserCookie[] {
  let saved: CookieFile;
  try {
    saved = JSON.parse(readFileSync(fileFor(dir, host), 'utf8')) as CookieFile;
  } catch {
    return [];
  }
  const savedAt = Date.parse(saved.savedAt);
  if (!(now - savedAt < MAX_AGE_MS) || !Array.isArray(saved.cookies)) return [];
  // `expires` is in seconds; -1 (or none) is a session cookie.
  return saved.cookies.filter(
    (c) =>
      typeof c?.name === 'string' &&
      typeof c.value === 'string' &&
      !(typeof c.expires === 'number' && c.expires > 0 && c.expires * 1000 <= now),
  );
}

export function saveHostCookies(dir: string, host: string, cookies: readonly BrowserCookie[]) {
  const content: CookieFile = { savedAt: new Date().toISOString(), cookies: [...cookies] };
  writeFileAtomic(fileFor(dir, host), JSON.stringify(content), 0o600);
}
