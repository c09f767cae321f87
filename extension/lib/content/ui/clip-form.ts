// The clipping form: the quote (shown as text, never as markup), note, tags and colour, each
// with a label in the user's language; Save and Cancel. It only collects values: saving is
// the controller's (clip-controller.ts).
import type { MessageKey } from '../../i18n/messages.ts';
import { h } from '../../pages/dom-builder.ts';
import type { ClipFormValues } from '../clip-draft.ts';
import { MAX_NOTE } from '../clip-draft.ts';
import { CLIP_COLORS } from '../clip-styles.ts';

export interface ClipForm {
  element: HTMLElement;
  values(): ClipFormValues;
  /** Shows an error in the form (an alert), or clears it. */
  showError(text: string | null): void;
  setBusy(busy: boolean, label?: string): void;
  focus(): void;
}

export interface ClipFormOptions {
  t: (key: MessageKey) => string;
  quote: string;
  color: string;
  /** A trusted click on Save (or Enter in the tags field); page scripts' clicks never count. */
  onSave(): void;
  onCancel(): void;
}

/** Shown in the form; the saved quote is the whole selection. */
const PREVIEW = 600;

export function createClipForm({ t, quote, color, onSave, onCancel }: ClipFormOptions): ClipForm {
  const note = h('textarea', { id: 'kjwatch-note', maxlength: String(MAX_NOTE) });
  const tags = h('input', { id: 'kjwatch-tags', type: 'text', autocomplete: 'off' });
  const radios = CLIP_COLORS.map((c, i) => {
    const input = h('input', { type: 'radio', name: 'color', value: c.hex, id: `kjwatch-c${i}` });
    input.checked = c.hex === color;
    return { input, label: h('label', { for: input.id }, swatch(c.hex), t(c.label)) };
  });
  if (!radios.some((r) => r.input.checked)) radios[0]!.input.checked = true;
  const error = h('p', { class: 'error', role: 'alert', hidden: '' });
  const save = h('button', { type: 'submit' }, t('clipSave'));
  const cancel = h('button', { type: 'button' }, t('clipCancel'));
  const shown = quote.length > PREVIEW ? `${quote.slice(0, PREVIEW)}…` : quote;
  const form = h(
    'form',
    {},
    h('h2', { id: 'kjwatch-form-title' }, t('saveClipping')),
    h('figure', {}, h('figcaption', {}, t('clipQuote')), h('blockquote', {}, shown)),
    h('label', { for: note.id }, t('clipNote')),
    note,
    h('label', { for: tags.id }, t('clipTags')),
    tags,
    h(
      'fieldset',
      {},
      h('legend', {}, t('clipColor')),
      h('div', { class: 'colors' }, ...radios.flatMap((r) => [r.input, r.label])),
    ),
    error,
    h('div', { class: 'actions' }, save, cancel),
  );
  const element = h(
    'div',
    { class: 'card form', role: 'dialog', 'aria-labelledby': 'kjwatch-form-title' },
    form,
  );
  // The form never submits anywhere; Save acts only on a trusted click (a real user's, or the
  // one the browser makes for Enter), which a page script's `click()` is not.
  form.addEventListener('submit', (e) => e.preventDefault());
  save.addEventListener('click', (e) => {
    e.preventDefault();
    if (e.isTrusted && !save.disabled) onSave();
  });
  cancel.addEventListener('click', () => onCancel());
  element.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onCancel();
  });
  return {
    element,
    values: () => ({
      note: note.value,
      tags: tags.value,
      color: radios.find((r) => r.input.checked)?.input.value ?? CLIP_COLORS[0]!.hex,
    }),
    showError(text) {
      error.textContent = text ?? '';
      error.hidden = text === null;
    },
    setBusy(busy, label) {
      save.disabled = busy;
      save.textContent = busy && label ? label : t('clipSave');
    },
    focus: () => note.focus(),
  };
}

function swatch(color: string): HTMLElement {
  const el = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  el.style.background = color;
  return el;
}
