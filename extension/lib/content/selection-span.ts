// The user's selection, as kjwatch reads it: a Range in the page body, outside kjwatch's own
// UI, placed in the page text through the index's offsets (the same text clippings are
// anchored in on the next visit).
import { UI_ATTRIBUTE } from '../../../shared/anchor/text-index.ts';
import { type TextSpan, trimSpan } from './clip-draft.ts';
import type { PageIndex } from './page-index.ts';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** A copy of the selection's first range when it holds page text; null otherwise. */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const body = doc.body;
  if (!body?.contains(range.commonAncestorContainer)) return null;
  if (elementOf(range.commonAncestorContainer)?.closest(`[${UI_ATTRIBUTE}]`)) return null;
  // Only to decide whether there is anything to clip; the quote itself comes from the index.
  if (range.toString().trim() === '') return null;
  return range.cloneRange();
}

/** Where a range lies in the index's text, without edge whitespace; null when it holds none. */
export function rangeSpan(index: PageIndex, range: Range): TextSpan | null {
  if (range.collapsed) return null;
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return trimSpan(index.text, start, end);
}
