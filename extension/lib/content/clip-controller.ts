// Clipping on the page: the toolbar follows the user's selection, its button (or the context
// menu, or the keyboard shortcut, through the background) opens the form, and Save sends the
// draft to the background, which files it under the sender tab's own page. A failed save
// (storage full) keeps the form and everything typed in it, with the reason shown.
import type { Clipping, Notice } from '../../../shared/model.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { errorText } from '../pages/error-text.ts';
import type { ClippingDraft } from '../protocol/requests.ts';
import type { Result } from '../protocol/results.ts';
import { buildClippingDraft, MAX_QUOTE } from './clip-draft.ts';
import { DEFAULT_CLIP_COLOR, PENDING_HIGHLIGHT } from './clip-styles.ts';
import { hasHighlightApi } from './highlight-painter.ts';
import type { PageIndex } from './page-index.ts';
import { rangeSpan, selectedRange } from './selection-span.ts';
import { type ClipForm, createClipForm } from './ui/clip-form.ts';
import { createClipToolbar, endRect, placeNear } from './ui/clip-toolbar.ts';
import { createShadowUi } from './ui/shadow-ui.ts';
import { createStatusNote } from './ui/status-note.ts';
import { CLIP_CSS } from './ui/ui-css.ts';

export interface ClipControllerOptions {
  doc: Document;
  t: (key: MessageKey) => string;
  signal: AbortSignal;
  /** A fresh index of the page text (the page may have changed since the last pass). */
  index(): Promise<PageIndex>;
  /** The notice the page holds (title, date, publisher, 文号), when it can be read. */
  notice(): Notice | undefined;
  save(draft: ClippingDraft): Promise<Result<{ clipping: Clipping }>>;
  onSaved(clipping: Clipping): void;
}

export function startClipController(o: ClipControllerOptions) {
  const { doc, t, signal } = o;
  const view = doc.defaultView ?? window;
  const ui = createShadowUi(doc, 'kjwatch-clip-ui', CLIP_CSS);
  const status = createStatusNote();
  const toolbar = createClipToolbar(t, view, (range) => void openForm(range));
  ui.root.append(toolbar.element, status.element);
  let form: { ui: ClipForm; range: Range; focusBack: Element | null } | null = null;
  let color = DEFAULT_CLIP_COLOR;
  // Opening reads the page first; a second request meanwhile wins, and the first is dropped.
  let opening = 0;

  const showPending = (range: Range | null) => {
    if (!hasHighlightApi()) return;
    if (!range) return void CSS.highlights.delete(PENDING_HIGHLIGHT);
    const pending = new Highlight(range);
    pending.priority = 3;
    CSS.highlights.set(PENDING_HIGHLIGHT, pending);
  };

  function closeForm(): void {
    if (!form) return;
    const { ui: f, focusBack } = form;
    form = null;
    f.element.remove();
    showPending(null);
    if (focusBack instanceof HTMLElement && focusBack.isConnected) focusBack.focus();
  }

  async function openForm(range: Range): Promise<void> {
    closeForm();
    toolbar.showAt(null);
    const mine = ++opening;
    const index = await o.index();
    if (mine !== opening || signal.aborted) return;
    const span = rangeSpan(index, range);
    if (!span) return status.show(t('clipNoSelection'));
    if (span.end - span.start > MAX_QUOTE) return status.show(t('clipTooLong'), 6_000);
    const f = createClipForm({
      t,
      quote: index.text.slice(span.start, span.end),
      color,
      onSave: () => void save(),
      onCancel: closeForm,
    });
    form = { ui: f, range, focusBack: doc.activeElement };
    showPending(range);
    ui.root.append(f.element);
    placeNear(f.element, endRect(range), view);
    f.focus();
  }

  async function save(): Promise<void> {
    const current = form;
    if (!current) return;
    const { ui: f, range } = current;
    f.showError(null);
    f.setBusy(true, t('clipSaving'));
    const index = await o.index();
    // The range is live: it still covers the selected text if the page moved it meanwhile.
    const span = rangeSpan(index, range);
    if (!span) {
      f.setBusy(false);
      return f.showError(t('clipSelectionGone'));
    }
    const values = f.values();
    const page = { text: index.text, span, pageTitle: doc.title, notice: o.notice() };
    const answer = await o.save(buildClippingDraft(page, values));
    if (form !== current) return; // closed while saving
    f.setBusy(false);
    if (!answer.ok) return f.showError(errorText(answer.error, t));
    color = values.color;
    closeForm();
    status.show(t('clipSaved'));
    o.onSaved(answer.value.clipping);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!form) toolbar.showAt(selectedRange(doc));
    }, 120);
  };
  const options = { signal, passive: true };
  doc.addEventListener('selectionchange', refresh, options);
  doc.addEventListener('mouseup', refresh, options);
  const follow = () => {
    if (toolbar.range) toolbar.showAt(toolbar.range);
  };
  view.addEventListener('scroll', follow, {
    ...options,
    capture: true,
  });
  signal.addEventListener('abort', () => {
    closeForm();
    ui.remove();
  });

  return {
    /** The context menu and keyboard shortcut: open the form for the current selection. */
    openForSelection(): void {
      const range = selectedRange(doc);
      if (range) void openForm(range);
      else if (form) form.ui.focus();
      else status.show(t('clipNoSelection'));
    },
  };
}
