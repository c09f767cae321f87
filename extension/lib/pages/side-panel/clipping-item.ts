// One clipping in the side panel: the quote in its colour, the note, the tags, when it was
// made, whether it was found on its page again, and the actions. All text goes in as text.
import type { Clipping } from '../../../../shared/model.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import { editForm } from './edit-form.ts';

export interface ClippingActions {
  reveal(clipping: Clipping): void;
  edit(id: string | undefined): void;
  save(clipping: Clipping, note: string, tags: string[]): Promise<string | undefined>;
  remove(clipping: Clipping): void;
}

const SAFE_COLOR = /^#[0-9a-f]{3,8}$/i;
let nextQuoteId = 0;

function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime())
    ? iso
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function clippingItem(
  c: Clipping,
  state: { tr: Translator; orphaned: boolean; editing: boolean; actions: ClippingActions },
): HTMLElement {
  const { tr, actions } = state;
  // Each item's buttons are described by its quote: "Delete" alone does not say which.
  const quoteId = `quote-${++nextQuoteId}`;
  const quote = h('blockquote', { id: quoteId }, c.quote);
  if (SAFE_COLOR.test(c.color)) quote.style.borderLeftColor = c.color;
  const item = h('li', { 'data-clipping': c.id, class: 'clipping' }, quote);
  if (state.orphaned) {
    item.dataset.orphaned = '';
    item.append(h('p', { class: 'orphaned', role: 'note' }, tr.t('orphaned')));
  }
  if (state.editing) {
    item.append(editForm(c, tr, actions));
    return item;
  }
  if (c.note) item.append(h('p', { class: 'note' }, c.note));
  if (c.tags.length) {
    item.append(
      h(
        'p',
        { class: 'tags' },
        tr.t('tagsLabel'),
        ...c.tags.map((t) => h('span', { class: 'tag' }, t)),
      ),
    );
  }
  item.append(h('p', { class: 'meta' }, tr.f('clippedAt', { date: localDate(c.createdAt) })));
  const button = (label: string, onClick: () => void) => {
    const b = h('button', { type: 'button', 'aria-describedby': quoteId }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  item.append(
    h(
      'div',
      { class: 'actions' },
      button(tr.t('openAtHighlight'), () => actions.reveal(c)),
      button(tr.t('editClipping'), () => actions.edit(c.id)),
      button(tr.t('deleteClipping'), () => actions.remove(c)),
    ),
  );
  return item;
}
