// Puts the page's saved clippings back on it (DESIGN.md: "Next visit, the highlight is back
// where it was"): the page text is prepared for anchoring once, then each clipping is anchored
// by shared/anchor (position, exact quote with context, fuzzy) or left an orphan — an orphan
// is never shown on different text.
import { type AnchorResult, anchorQuote, createAnchorText } from '../../../shared/anchor/anchor.ts';
import type { Clipping } from '../../../shared/model.ts';
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import { clipKey } from './clip-styles.ts';
import type { TimeSlicer } from './time-slicer.ts';

export interface ClipAnchor {
  clipping: Clipping;
  result: AnchorResult;
}

export async function anchorClippings(
  text: string,
  clippings: readonly Clipping[],
  slicer: TimeSlicer,
): Promise<ClipAnchor[]> {
  if (clippings.length === 0) return [];
  const page = createAnchorText(text);
  if (slicer.due()) await slicer.pause();
  const anchors: ClipAnchor[] = [];
  for (const clipping of clippings) {
    let result: AnchorResult;
    try {
      result = anchorQuote(page, clipping.selectors);
    } catch {
      // Selectors that make no sense here (an imported clipping of an odd shape) find nothing.
      result = { status: 'orphan', reason: 'not-found' };
    }
    anchors.push({ clipping, result });
    if (slicer.due()) await slicer.pause();
  }
  return anchors;
}

/** The anchored clippings as spans for the painter, keyed by colour. */
export function clipSpans(anchors: readonly ClipAnchor[]): MatchSpan[] {
  const spans: MatchSpan[] = [];
  for (const { clipping, result } of anchors) {
    if (result.status === 'orphan') continue;
    spans.push({ rule: clipKey(clipping.color), term: '', start: result.start, end: result.end });
  }
  return spans;
}

export function anchoredCount(anchors: readonly ClipAnchor[]): number {
  return anchors.filter((a) => a.result.status !== 'orphan').length;
}
