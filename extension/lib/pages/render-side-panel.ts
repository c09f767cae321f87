// The side panel, first cut: saved clippings, newest first. Search, filters, editing and
// delete-with-undo come next (issue 5, second half).
import type { Clipping } from '../../../shared/model.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translate } from '../i18n/translate.ts';
import { sendRequest } from '../protocol/send-request.ts';
import { h } from './dom-builder.ts';
import { errorText } from './error-text.ts';
import { pageLanguage } from './page-language.ts';

function clippingItem(c: Clipping): HTMLElement {
  return h(
    'li',
    { 'data-clipping': c.id },
    h('blockquote', {}, c.quote),
    h('a', { href: c.url, target: '_blank', rel: 'noopener' }, c.pageTitle || c.url),
    c.note && h('p', {}, c.note),
  );
}

export async function renderSidePanel(root: HTMLElement): Promise<void> {
  const t = (key: MessageKey) => translate(pageLanguage(), key);
  document.title = t('sidePanelTitle');
  const answer = await sendRequest<'clippings:list'>({ type: 'clippings:list' });
  let body: HTMLElement;
  if (!answer.ok) body = h('p', { role: 'alert' }, errorText(answer.error, t));
  else if (answer.value.clippings.length === 0) body = h('p', {}, t('noClippings'));
  else body = h('ul', { id: 'clippings' }, ...answer.value.clippings.map(clippingItem));
  root.replaceChildren(h('h1', {}, t('clippingsHeading')), body);
}
