// The UI language of an extension page: the user's choice from the options page (the `language`
// setting, read through the background's `ui:language`), else the browser's. Pages ask again
// when the background says the setting changed, and re-render.
import { fillMessage } from '../i18n/fill-message.ts';
import type { Language, MessageKey } from '../i18n/messages.ts';
import { defaultLanguage, translate } from '../i18n/translate.ts';
import { sendRequest } from '../protocol/send-request.ts';

export interface Translator {
  language: Language;
  t(key: MessageKey): string;
  /** A message with `{name}` slots filled. */
  f(key: MessageKey, values: Readonly<Record<string, string | number>>): string;
}

export function createTranslator(language: Language): Translator {
  return {
    language,
    t: (key) => translate(language, key),
    f: (key, values) => fillMessage(translate(language, key), values),
  };
}

export async function loadPageLanguage(): Promise<Translator> {
  const answer = await sendRequest<'ui:language'>({ type: 'ui:language' });
  const language = answer.ok ? answer.value.language : defaultLanguage(navigator.language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  return createTranslator(language);
}
