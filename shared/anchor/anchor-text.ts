// Page text and selectors in folded form (fold-text.ts: script, width, case, whitespace), where
// every search after the position check runs, so a page that switched to traditional script
// or full-width digits still anchors; results map back to the original text's offsets.
import type { TextQuoteSelector } from '../model.ts';
import { type FoldedText, foldText } from '../text/fold-text.ts';

/** A page text prepared once for anchoring many clippings: folding is the costly part. */
export interface AnchorText {
  readonly text: string;
  readonly fold: FoldedText;
  /** `fold.text`, read once. */
  readonly folded: string;
}

export function createAnchorText(text: string): AnchorText {
  const fold = foldText(text);
  return { text, fold, folded: fold.text };
}

/** The first folded unit whose character starts at or after original offset `offset`. */
function firstFoldedAtOrAfter(fold: FoldedText, length: number, offset: number): number {
  // Folded units keep the original order, so their original starts never decrease.
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fold.originalStart(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toFoldedOffset(page: AnchorText, offset: number): number {
  return firstFoldedAtOrAfter(page.fold, page.folded.length, offset);
}

/**
 * The original range behind folded units [start, end), end > start, widened by up to `lead`
 * and `trail` original units that folding dropped on each side (spaces, leaked pinyin,
 * zero-width characters) when the quote had that many at its edges.
 */
export function toOriginalRange(page: AnchorText, start: number, end: number, lead = 0, trail = 0) {
  const { fold, folded } = page;
  // A space unit stands for a whole run; the quote's edge spaces were moved out of it.
  const before = start > 0 && folded.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1;
  const after = end < folded.length && folded.charCodeAt(end) === 0x20 ? end + 1 : end;
  const floor = before >= 0 ? fold.originalEnd(before) : 0;
  const ceiling = after < folded.length ? fold.originalStart(after) : page.text.length;
  return {
    start: Math.max(floor, fold.originalStart(start) - lead),
    end: Math.min(ceiling, fold.originalEnd(end - 1) + trail),
  };
}

export interface FoldedSelector {
  quote: string;
  prefix: string;
  suffix: string;
  /** Original units of the quote before its first folded unit and after its last. */
  lead: number;
  trail: number;
}

/**
 * Folds prefix, quote and suffix as one text, as they stood on the page, so that what folding
 * does at their seams (a space kept or dropped between two words) matches the folded page.
 * Spaces at the quote's edges go to its context: the search looks for the words.
 */
export function foldSelector(selector: TextQuoteSelector): FoldedSelector {
  const { prefix, exact, suffix } = selector;
  const fold = foldText(prefix + exact + suffix);
  const all = fold.text;
  let quoteStart = firstFoldedAtOrAfter(fold, all.length, prefix.length);
  let quoteEnd = firstFoldedAtOrAfter(fold, all.length, prefix.length + exact.length);
  while (quoteStart < quoteEnd && all.charCodeAt(quoteStart) === 0x20) quoteStart++;
  while (quoteEnd > quoteStart && all.charCodeAt(quoteEnd - 1) === 0x20) quoteEnd--;
  const empty = quoteStart === quoteEnd;
  return {
    quote: all.slice(quoteStart, quoteEnd),
    prefix: all.slice(0, quoteStart),
    suffix: all.slice(quoteEnd),
    lead: empty ? 0 : Math.max(0, fold.originalStart(quoteStart) - prefix.length),
    trail: empty ? 0 : Math.max(0, prefix.length + exact.length - fold.originalEnd(quoteEnd - 1)),
  };
}
