// Next/previous match for the on-page panel: the rule matches in page order, one at a time,
// scrolled into view and shown as current (the `kjwatch--current` highlight, over the rule's).
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import { CURRENT_HIGHLIGHT } from './clip-styles.ts';
import { hasHighlightApi } from './highlight-painter.ts';
import type { PageIndex } from './page-index.ts';

/** Distinct places, in page order (two rules matching the same text are one stop). */
export function matchStops(spans: readonly MatchSpan[]): [number, number][] {
  const stops: [number, number][] = [];
  // Sorted, the same place comes in a run: only the first of it is a stop.
  for (const s of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = stops[stops.length - 1];
    if (last && last[0] === s.start && last[1] === s.end) continue;
    stops.push([s.start, s.end]);
  }
  return stops;
}

/** The stop after (step 1) or before (step -1) `current`, wrapping around; -1 when none. */
export function nextStop(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** Shows a range as the current one (its own highlight, over the others) and scrolls to it. */
export function showCurrent(range: Range, view: Window): void {
  if (hasHighlightApi()) {
    const highlight = new Highlight(range);
    highlight.priority = 2;
    CSS.highlights.set(CURRENT_HIGHLIGHT, highlight);
  }
  const parent =
    range.startContainer instanceof Element
      ? range.startContainer
      : range.startContainer.parentElement;
  // First bring any scrolling box that holds the range into view, then centre the range.
  parent?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top + rect.height / 2 - view.innerHeight / 2, behavior: 'instant' });
}

export function createMatchNavigator(view: Window) {
  let index: PageIndex | null = null;
  let stops: [number, number][] = [];
  let current = -1;
  return {
    /** New matches after a pass; the current stop is kept when it is still one. */
    update(next: PageIndex, spans: readonly MatchSpan[]): void {
      const at = stops[current];
      index = next;
      stops = matchStops(spans);
      current = at ? stops.findIndex(([s, e]) => s === at[0] && e === at[1]) : -1;
      if (current < 0 && hasHighlightApi()) CSS.highlights.delete(CURRENT_HIGHLIGHT);
    },
    /** Moves to the next or previous match; returns its 1-based number (0: none). */
    step(direction: 1 | -1): number {
      current = nextStop(current, stops.length, direction);
      const stop = stops[current];
      const range = stop && index?.rangeOf(stop[0], stop[1]);
      if (!range) return 0;
      showCurrent(range, view);
      return current + 1;
    },
    get count() {
      return stops.length;
    },
    get position() {
      return current + 1;
    },
    clear(): void {
      if (hasHighlightApi()) CSS.highlights.delete(CURRENT_HIGHLIGHT);
    },
  };
}
