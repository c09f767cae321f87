// Which sites the extension works on: the built-in sites unless switched off, plus sites the
// user added (each needs its optional host permission, granted in the options page).
import { isRecord } from '../protocol/check-values.ts';
import { builtInHostKeys, siteHostKey, urlHostKey } from './site-hosts.ts';

export const SITES_SETTING = 'sites';

export interface SiteSettings {
  /** Host keys of built-in sites the user switched off. */
  disabled: string[];
  /** Host keys of sites the user added. */
  added: string[];
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { disabled: [], added: [] };

export function isSiteSettings(value: unknown): value is SiteSettings {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return isRecord(value) && strings(value.disabled) && strings(value.added);
}

export function isEnabledUrl(
  url: string,
  settings: SiteSettings,
  builtIn: readonly string[] = builtInHostKeys(),
): boolean {
  const key = urlHostKey(url);
  if (!key) return false;
  if (settings.added.some((h) => siteHostKey(h) === key)) return true;
  return builtIn.includes(key) && !settings.disabled.some((h) => siteHostKey(h) === key);
}
