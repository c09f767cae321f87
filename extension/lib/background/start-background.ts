// Wires the background: the database (opened lazily by Dexie, on the first request), the
// stores, and the message listener.
import { browser } from 'wxt/browser';
import { profileForUrl } from '../../../shared/sites/index.ts';
import { LANGUAGE_SETTING } from '../i18n/language-setting.ts';
import { defaultLanguage, isLanguage } from '../i18n/translate.ts';
import {
  DEFAULT_SITE_SETTINGS,
  isEnabledUrl,
  isSiteSettings,
  SITES_SETTING,
} from '../sites/site-settings.ts';
import { createAnchorStateStore } from '../storage/dexie-anchor-states.ts';
import { createClippingLibrary } from '../storage/dexie-library.ts';
import {
  createClippingStore,
  createRuleStore,
  createSettingStore,
} from '../storage/dexie-stores.ts';
import { KjwatchDb } from '../storage/kjwatch-db.ts';
import { announceChange } from './announce-changes.ts';
import { startClipEntryPoints } from './clip-entry-points.ts';
import { type BackgroundContext, handleRequest } from './handle-request.ts';
import { purgeForgottenDeletes } from './library-upkeep.ts';
import { syncUserSiteScripts } from './user-site-scripts.ts';

export function startBackground(): void {
  const db = new KjwatchDb();
  const settings = createSettingStore(db);
  const siteSettings = () => settings.get(SITES_SETTING, DEFAULT_SITE_SETTINGS, isSiteSettings);
  const ctx: BackgroundContext = {
    self: { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') },
    clippings: createClippingStore(db),
    rules: createRuleStore(db),
    anchorStates: createAnchorStateStore(db),
    language: () => settings.get(LANGUAGE_SETTING, defaultLanguage(navigator.language), isLanguage),
    isEnabledUrl: async (url) => isEnabledUrl(url, await siteSettings()),
    siteIdForUrl: (url) => profileForUrl(url)?.id,
    library: { clippings: createClippingLibrary(db), settings, sitesChanged: syncUserSiteScripts },
  };
  const upkeep = purgeForgottenDeletes(ctx.library.clippings);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    upkeep();
    void handleRequest(message, sender, ctx).then((answer) => {
      sendResponse(answer);
      announceChange(message, answer);
    });
    // Keeps the channel open: the answer comes after the database does.
    return true;
  });
  startClipEntryPoints();
  // Chrome: the toolbar button opens the side panel (Firefox shows it as a sidebar instead).
  const sidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }
  ).sidePanel;
  void sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  browser.permissions?.onRemoved?.addListener(() => {
    void siteSettings().then(syncUserSiteScripts);
  });
}
