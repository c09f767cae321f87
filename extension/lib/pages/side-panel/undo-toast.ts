// "Deleted 1 clipping. [Undo]": the delete has already happened (a soft delete, so the list is
// right at once); Undo brings the clippings back, and when the toast expires — or the next
// delete replaces it — they are purged for good.
import { h } from '../dom-builder.ts';

export const UNDO_WINDOW_MS = 8_000;

export interface UndoToast {
  element: HTMLElement;
  show(text: string, undoLabel: string, undo: () => void, expire: () => void): void;
  /** Ends the current toast as if it expired (the panel is closing). */
  flush(): void;
}

export function createUndoToast(windowMs = UNDO_WINDOW_MS): UndoToast {
  const element = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  let pending: { timer: ReturnType<typeof setTimeout>; expire: () => void } | undefined;
  const end = (run: boolean) => {
    if (!pending) return;
    clearTimeout(pending.timer);
    const { expire } = pending;
    pending = undefined;
    element.replaceChildren();
    if (run) expire();
  };
  return {
    element,
    show(text, undoLabel, undo, expire) {
      end(true);
      const button = h('button', { type: 'button' }, undoLabel);
      button.addEventListener('click', () => {
        end(false);
        undo();
      });
      element.replaceChildren(h('span', {}, text), ' ', button);
      pending = { timer: setTimeout(() => end(true), windowMs), expire };
    },
    flush: () => end(true),
  };
}
