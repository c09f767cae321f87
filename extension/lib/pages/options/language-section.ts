// The language choice: 中文 / English, each named in its own language. Saving it makes the
// background announce the change, and every open kjwatch page renders again in it.
import type { Language } from '../../i18n/messages.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';

export function languageSection(tr: Translator, choose: (language: Language) => void): HTMLElement {
  const option = (language: Language, label: string) => {
    const radio = h('input', { type: 'radio', name: 'language', value: language });
    radio.checked = tr.language === language;
    radio.addEventListener('change', () => {
      if (radio.checked) choose(language);
    });
    return h('label', { lang: language === 'zh' ? 'zh-CN' : 'en' }, radio, ' ', label);
  };
  return h(
    'section',
    { 'aria-labelledby': 'language-heading', class: 'language' },
    h('h2', { id: 'language-heading' }, tr.t('language')),
    h(
      'div',
      { role: 'radiogroup', 'aria-labelledby': 'language-heading' },
      option('zh', tr.t('languageChinese')),
      option('en', tr.t('languageEnglish')),
    ),
  );
}
