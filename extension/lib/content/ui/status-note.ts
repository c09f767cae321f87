// A short note at the top of the viewport (role=status, read out by screen readers): "saved",
// or why the form could not open.
import { h } from '../../pages/dom-builder.ts';

export function createStatusNote() {
  const element = h('p', { class: 'status', role: 'status' });
  element.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    show(text: string, ms = 3_000): void {
      clearTimeout(timer);
      element.textContent = text;
      element.hidden = false;
      timer = setTimeout(() => {
        element.hidden = true;
      }, ms);
    },
  };
}
