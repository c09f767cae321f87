// Wires the background: the database (opened lazily by Dexie, on the first request), the
// stores, and the message listener.
import { browser } from 'wxt/browser';
import { profileForUrl } from '../../../shared/sites/index.ts';
import {
  DEFAULT_SITE_SETTINGS,
  isEnabledUrl,
  isSiteSettings,
  SITES_SETTING,
} from '../sites/site-settings.ts';
import {
  createClippingStore,
  createRuleStore,
  createSettingStore,
} from '../storage/dexie-stores.ts';
import { KjwatchDb } from '../storage/kjwatch-db.ts';
import { type BackgroundContext, handleRequest } from './handle-request.ts';
import { syncUserSiteScripts } from './user-site-scripts.ts';

export function startBackground(): void {
  const db = new KjwatchDb();
  const settings = createSettingStore(db);
  const siteSettings = () => settings.get(SITES_SETTING, DEFAULT_SITE_SETTINGS, isSiteSettings);
  const ctx: BackgroundContext = {
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    clippings: createClippingStore(db),
    rules: createRuleStore(db),
    isEnabledUrl: async (url) => isEnabledUrl(url, await siteSettings()),
    siteIdForUrl: (url) => profileForUrl(url)?.id,
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleRequest(message, sender, ctx).then(sendResponse);
    // Keeps the channel open: the answer comes after the database does.
    return true;
  });
  browser.permissions?.onRemoved?.addListener(() => {
    void siteSettings().then(syncUserSiteScripts);
  });
}
