// Sites as the user types them in the options page (`kjj.example.gov.cn`, a pasted address
// `https://www.kjj.example.gov.cn/tzgg/`), reduced to the host key kjwatch files sites under.
import { siteHostKey } from './site-hosts.ts';
import type { SiteSettings } from './site-settings.ts';

const HOST =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The host key of what the user typed, or undefined when it names no site. */
export function parseSiteHost(input: string): string | undefined {
  const text = input.trim();
  if (!text || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // URL gives IDNs in punycode, which is what match patterns and permissions take.
  const key = siteHostKey(url.hostname);
  return HOST.test(key) ? key : undefined;
}

/** Host keys, once each, in the order given; anything that is not a host is dropped. */
export function normalizeSiteSettings(sites: SiteSettings): SiteSettings {
  const clean = (hosts: readonly string[]) => [
    ...new Set(hosts.map(parseSiteHost).filter((h): h is string => h !== undefined)),
  ];
  return { disabled: clean(sites.disabled), added: clean(sites.added) };
}

/** The origins to ask permission for, as user-site-scripts.ts registers them. */
export function siteOrigins(host: string): string[] {
  return [`*://${host}/*`, `*://www.${host}/*`];
}
