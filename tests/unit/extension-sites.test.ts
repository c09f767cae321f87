// Which pages the content script runs on: every built-in profile's start page is covered by the
// manifest's match patterns, by host name whatever the scheme (local copies are plain http).
import { describe, expect, it } from 'vitest';
import {
  builtInHostKeys,
  builtInMatchPatterns,
  siteHostKey,
} from '../../extension/lib/sites/site-hosts.ts';
import { DEFAULT_SITE_SETTINGS, isEnabledUrl } from '../../extension/lib/sites/site-settings.ts';
import { builtInProfiles } from '../../shared/sites/index.ts';

/** Chrome's match-pattern semantics for `<scheme>://<host>/*` patterns. */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host] = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern) ?? [];
  const u = new URL(url);
  const schemeOk =
    scheme === '*'
      ? u.protocol === 'http:' || u.protocol === 'https:'
      : u.protocol === `${scheme}:`;
  return schemeOk && u.hostname === host;
}

describe('built-in sites', () => {
  const starts = builtInProfiles.flatMap((p) => p.start);

  it.each(starts)('the content script runs on %s, over http and https', (start) => {
    const http = start.replace(/^https:/, 'http:');
    const https = start.replace(/^http:/, 'https:');
    for (const url of [http, https]) {
      expect(builtInMatchPatterns().some((p) => matchesPattern(p, url))).toBe(true);
      expect(isEnabledUrl(url, DEFAULT_SITE_SETTINGS)).toBe(true);
    }
  });

  it('treats www.host and host as one site', () => {
    expect(siteHostKey('WWW.MOST.gov.cn.')).toBe('most.gov.cn');
    expect(builtInHostKeys()).toContain('most.gov.cn');
    expect(isEnabledUrl('https://most.gov.cn/tztg/', DEFAULT_SITE_SETTINGS)).toBe(true);
  });

  it.each([
    [
      'a switched-off site',
      'https://kjt.ah.gov.cn/kjzx/',
      { disabled: ['kjt.ah.gov.cn'], added: [] },
      false,
    ],
    ['another site', 'https://www.example.com/', DEFAULT_SITE_SETTINGS, false],
    [
      'a host that only ends like a built-in one',
      'https://evilmost.gov.cn/',
      DEFAULT_SITE_SETTINGS,
      false,
    ],
    [
      'a user-added site',
      'https://www.example.com/a',
      { disabled: [], added: ['example.com'] },
      true,
    ],
    ['a non-web URL', 'file:///www.most.gov.cn/', DEFAULT_SITE_SETTINGS, false],
  ])('%s: enabled is %s', (_why, url, settings, expected) => {
    expect(isEnabledUrl(url, settings)).toBe(expected);
  });
});
