// Editing a clipping's note and tags in place. Saving waits for the background; a refusal
// (storage full, deleted meanwhile) is shown in the form, and what was typed stays.
import type { Clipping } from '../../../../shared/model.ts';
import { parseTagInput } from '../../library/parse-tags.ts';
import { h } from '../dom-builder.ts';
import type { Translator } from '../page-language.ts';
import type { ClippingActions } from './clipping-item.ts';

export function editForm(c: Clipping, tr: Translator, actions: ClippingActions): HTMLFormElement {
  const note = h('textarea', { name: 'note', rows: '4' });
  note.value = c.note;
  const tags = h('input', { type: 'text', name: 'tags' });
  tags.value = c.tags.join(', ');
  const problem = h('p', { role: 'alert', class: 'problem' });
  const cancel = h('button', { type: 'button' }, tr.t('cancelEdit'));
  cancel.addEventListener('click', () => actions.edit(undefined));
  const form = h(
    'form',
    { class: 'edit' },
    h('label', {}, tr.t('noteField'), note),
    h('label', {}, tr.t('tagsField'), tags),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, tr.t('saveEdit')), cancel),
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void actions.save(c, note.value, parseTagInput(tags.value)).then((error) => {
      if (error) problem.textContent = error;
    });
  });
  queueMicrotask(() => note.focus());
  return form;
}
