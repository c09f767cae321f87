// Puts kjwatch's styles on the page. A constructed sheet in `adoptedStyleSheets` adds no
// element to the page; a <style> (marked as kjwatch UI) is the fallback where that fails.
import { UI_ATTRIBUTE } from '../../../shared/anchor/text-index.ts';

export interface InstalledSheet {
  update(css: string): void;
  remove(): void;
}

export function installStyleSheet(doc: Document, css: string): InstalledSheet {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return {
      update: (next) => sheet.replaceSync(next),
      remove: () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      },
    };
  } catch {
    const style = doc.createElement('style');
    style.setAttribute(UI_ATTRIBUTE, '');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return {
      update: (next) => {
        style.textContent = next;
      },
      remove: () => style.remove(),
    };
  }
}
