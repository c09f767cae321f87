// The small toolbar beside a selection: one button, 保存摘录 / Save clipping, that opens the
// form. It keeps the page's selection (mousedown does nothing) and follows it on scroll.
import type { MessageKey } from '../../i18n/messages.ts';
import { h } from '../../pages/dom-builder.ts';

export interface ClipToolbar {
  element: HTMLElement;
  /** Shows the toolbar beside `range`, or hides it (null). */
  showAt(range: Range | null): void;
  readonly range: Range | null;
}

const GAP = 6;

const clamp = (value: number, max: number) => Math.max(GAP, Math.min(value, max));

/**
 * Places a fixed element just below a rectangle, or above it at the viewport's bottom, and
 * always inside the viewport (a selection may end far below it).
 */
export function placeNear(element: HTMLElement, rect: DOMRect, view: Window): void {
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const below = rect.bottom + GAP;
  const top = below + height <= view.innerHeight ? below : rect.top - GAP - height;
  const left = rect.right - width;
  element.style.top = `${Math.round(clamp(top, view.innerHeight - height - GAP))}px`;
  element.style.left = `${Math.round(clamp(left, view.innerWidth - width - GAP))}px`;
}

/** The rectangle of a range's last line, where a selection ends. */
export function endRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
}

export function createClipToolbar(
  t: (key: MessageKey) => string,
  view: Window,
  onOpen: (range: Range) => void,
): ClipToolbar {
  const button = h('button', { type: 'button' }, t('saveClipping'));
  const element = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': t('clipToolbar') });
  element.append(button);
  element.hidden = true;
  let current: Range | null = null;
  // Pressing the button must not collapse the selection being clipped.
  button.addEventListener('mousedown', (e) => e.preventDefault());
  button.addEventListener('click', () => {
    if (current) onOpen(current);
  });
  return {
    element,
    get range() {
      return current;
    },
    showAt(range) {
      current = range;
      element.hidden = range === null;
      if (range) placeNear(element, endRect(range), view);
    },
  };
}
