import type { ElementLike } from '../dom/doc-like.ts';

/** Collapses runs of white space (incl. the ideographic space and &nbsp;) to one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

export function elementText(el: ElementLike | null | undefined): string {
  return collapseSpace(el?.textContent ?? '');
}
