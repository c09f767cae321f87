// kjwatch's UI on a page lives in a shadow root (out of the page's CSS), on a host element
// marked `data-kjwatch-ui` (so the text index, and the page observer, leave it out), appended
// to <html> rather than <body> (so adding it is no change to the page's content).
// Open, so that tests find controls by role; events from inside stop at the shadow root, so
// the page's own shortcuts do not fire while the user types a note.
import { UI_ATTRIBUTE } from '../../../../shared/anchor/text-index.ts';

export interface ShadowUi {
  host: HTMLElement;
  root: ShadowRoot;
  /** Hides or shows the whole UI (the host's own display is fixed against page CSS). */
  setHidden(hidden: boolean): void;
  remove(): void;
}

const CONTAINED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'click',
  'pointerdown',
  'pointerup',
  'input',
  'focusin',
  'focusout',
] as const;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  'z-index': '2147483647',
};

function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Where a content script's constructed sheet cannot be adopted (Firefox's X-rays).
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function createShadowUi(doc: Document, tag: string, css: string): ShadowUi {
  const host = doc.createElement(tag);
  host.setAttribute(UI_ATTRIBUTE, '');
  // Inline and important: a page rule such as `html > * { display: none !important }` loses.
  for (const [name, value] of Object.entries(HOST_STYLE))
    host.style.setProperty(name, value, 'important');
  const root = host.attachShadow({ mode: 'open' });
  addStyles(root, css);
  for (const type of CONTAINED_EVENTS) root.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.append(host);
  return {
    host,
    root,
    setHidden: (hidden) =>
      host.style.setProperty('display', hidden ? 'none' : 'block', 'important'),
    remove: () => host.remove(),
  };
}
