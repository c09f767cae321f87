// Sites the user adds (options page) get the same content script as the built-in ones, but not
// through the manifest: the options page asks for the site's optional host permission (a user
// gesture is needed), stores the host, and the background registers the content script for the
// hosts it holds a permission for. Needs the "scripting" permission and
// `optional_host_permissions` in the manifest; without them this does nothing.
import { browser } from 'wxt/browser';
import type { SiteSettings } from '../sites/site-settings.ts';

const SCRIPT_ID = 'kjwatch-user-sites';
// WXT writes the `content` entrypoint here.
const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

function patternsFor(host: string): string[] {
  return [`*://${host}/*`, `*://www.${host}/*`];
}

async function grantedPatterns(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    const origins = patternsFor(host);
    if (await browser.permissions.contains({ origins })) granted.push(...origins);
  }
  return granted;
}

/** Makes the registered content script cover exactly the added sites the user granted. */
export async function syncUserSiteScripts(settings: SiteSettings): Promise<void> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return;
  const matches = await grantedPatterns(settings.added);
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_FILE],
      // As the built-in sites' script (entrypoints/content.ts): early styles, early rules.
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
