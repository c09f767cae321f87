// Answers the extension pages' library requests (library-requests.ts): clipping edits,
// deletes with undo, backup import, and the language and sites settings.
import { LANGUAGE_SETTING } from '../i18n/language-setting.ts';
import type { Language } from '../i18n/messages.ts';
import { isLanguage } from '../i18n/translate.ts';
import type { LibraryRequest, LibraryResponses } from '../protocol/library-requests.ts';
import { fail, ok, type Result } from '../protocol/results.ts';
import { normalizeSiteSettings } from '../sites/site-input.ts';
import {
  DEFAULT_SITE_SETTINGS,
  isSiteSettings,
  SITES_SETTING,
  type SiteSettings,
} from '../sites/site-settings.ts';
import type { ClippingLibrary } from '../storage/clipping-library.ts';
import type { SettingStore } from '../storage/stores.ts';

export interface LibraryContext {
  clippings: ClippingLibrary;
  settings: SettingStore;
  /** After the sites setting changed: make the added sites' content script match it. */
  sitesChanged(sites: SiteSettings): Promise<void>;
}

/** No choice stored is a valid state too: the pages then follow the browser. */
const isChosenLanguage = (v: unknown): v is Language | undefined => isLanguage(v);

type Answer = Result<LibraryResponses[keyof LibraryResponses]>;

export async function answerLibrary(request: LibraryRequest, ctx: LibraryContext): Promise<Answer> {
  switch (request.type) {
    case 'clippings:update': {
      const clipping = await ctx.clippings.update(request.id, request.note, request.tags);
      return clipping ? ok({ clipping }) : fail('not-found', `no clipping ${request.id}`);
    }
    case 'clippings:delete':
      return ok({ ids: await ctx.clippings.softDelete(request.ids) });
    case 'clippings:restore':
      return ok({ clippings: await ctx.clippings.restore(request.ids) });
    case 'clippings:purge':
      return ok({ ids: await ctx.clippings.purge(request.ids) });
    case 'clippings:import': {
      const { added, updated, unchanged, written } = await ctx.clippings.merge(request.clippings);
      return ok({ added, updated, unchanged, clippings: written });
    }
    case 'settings:get': {
      const language = await ctx.settings.get(LANGUAGE_SETTING, undefined, isChosenLanguage);
      const sites = await ctx.settings.get(SITES_SETTING, DEFAULT_SITE_SETTINGS, isSiteSettings);
      return ok(language ? { language, sites } : { sites });
    }
    case 'settings:setLanguage':
      await ctx.settings.set(LANGUAGE_SETTING, request.language);
      return ok({ language: request.language });
    case 'sites:set': {
      const sites = normalizeSiteSettings(request.sites);
      await ctx.settings.set(SITES_SETTING, sites);
      await ctx.sitesChanged(sites);
      return ok({ sites });
    }
  }
}
