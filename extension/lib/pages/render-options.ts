// The options page, first cut: the current watch rules. The rule editor, import/export, sites
// and language settings come next (issue 5, second half) and slot in as sections here.
import type { WatchRule } from '../../../shared/model.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { h } from './dom-builder.ts';
import { errorText } from './error-text.ts';
import { pageLanguage } from './page-language.ts';

function ruleList(rules: readonly WatchRule[]): HTMLElement {
  return h(
    'ul',
    { id: 'rules' },
    ...rules.map((r) => h('li', { 'data-rule': r.id }, r.name ? `${r.name} (${r.id})` : r.id)),
  );
}

export async function renderOptions(root: HTMLElement): Promise<void> {
  const t = (key: MessageKey) => translate(pageLanguage(), key);
  document.title = t('optionsTitle');
  const answer = await sendRequest<'rules:list'>({ type: 'rules:list' });
  const section = h('section', { 'aria-labelledby': 'rules-heading' });
  section.append(h('h2', { id: 'rules-heading' }, t('rulesHeading')));
  section.append(
    answer.ok
      ? ruleList(answer.value.rules)
      : h('p', { role: 'alert' }, errorText(answer.error, t)),
  );
  root.replaceChildren(h('h1', {}, t('optionsTitle')), section);
}
