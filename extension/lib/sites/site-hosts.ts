// Which hosts are kjwatch's built-in sites. Built-in sites are recognised by host name only
// (not scheme or port), so a local copy served under the real host name behaves like the real
// site — that is how the end-to-end tests run (Chromium's --host-resolver-rules).
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import { builtInProfiles } from '../../../shared/sites/index.ts';

/** `www.most.gov.cn` and `most.gov.cn` are one site (profileForUrl treats them so too). */
export function siteHostKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The host key of a URL, or undefined for anything that is not http(s). */
export function urlHostKey(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? siteHostKey(u.hostname) : undefined;
  } catch {
    return undefined;
  }
}

export function builtInHostKeys(profiles: readonly SiteProfile[] = builtInProfiles): string[] {
  const keys = new Set<string>();
  for (const profile of profiles) {
    for (const start of profile.start) {
      const key = urlHostKey(start);
      if (key) keys.add(key);
    }
  }
  return [...keys].sort();
}

/**
 * Match patterns for the content script, computed when WXT builds the manifest. Both the bare
 * and the `www.` host, any scheme (siom.cas.cn is still plain http), any path.
 */
export function builtInMatchPatterns(profiles: readonly SiteProfile[] = builtInProfiles): string[] {
  return builtInHostKeys(profiles).flatMap((key) => [`*://${key}/*`, `*://www.${key}/*`]);
}
