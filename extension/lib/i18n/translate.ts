import { LANGUAGES, type Language, MESSAGES, type MessageKey } from './messages.ts';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The user's language when they have not chosen one: Chinese unless the browser says otherwise. */
export function defaultLanguage(browserLanguage: string | undefined): Language {
  return browserLanguage && !browserLanguage.toLowerCase().startsWith('zh') ? 'en' : 'zh';
}

export function translate(language: Language, key: MessageKey): string {
  return MESSAGES[language][key];
}

/** Both languages at once (`保存摘录 / Save clipping`), for names that must work for everyone. */
export function bilingual(key: MessageKey): string {
  return `${MESSAGES.zh[key]} / ${MESSAGES.en[key]}`;
}
