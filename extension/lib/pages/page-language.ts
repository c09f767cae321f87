import type { Language } from '../i18n/messages.ts';
import { defaultLanguage } from '../i18n/translate.ts';

/** The UI language of an extension page. The options page will let the user choose (later). */
export function pageLanguage(): Language {
  const language = defaultLanguage(navigator.language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  return language;
}
