// Shows rule matches on the page. Two ways, one interface: the CSS Custom Highlight API
// (highlight-painter.ts: no DOM change at all, the page's scripts see nothing) and, only where
// a browser lacks it, <mark> wrapping (wrapping-painter.ts).
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

export interface Painter {
  /**
   * Whether painting changes the DOM. Then the page observer must ignore the painter's own
   * changes, and the painter must be cleared before the page is indexed again.
   */
  readonly mutatesDom: boolean;
  /**
   * Shows these spans of `index.text`, replacing what was shown (after `clear` if mutatesDom).
   * `onShow` is told of each span's range as it is shown: all of them, or, on a big page,
   * those near the viewport, then the others as the reader scrolls towards them.
   */
  paint(
    spans: readonly MatchSpan[],
    index: PageIndex,
    slicer: TimeSlicer,
    onShow?: (range: Range) => void,
  ): Promise<void>;
  /**
   * A head start: most of these spans will be painted soon, over the same index. Its work
   * goes on in slices meanwhile; `paint` does not depend on it.
   */
  prepare?(spans: readonly MatchSpan[], index: PageIndex, slicer: TimeSlicer): void;
  /**
   * The pass has shown what it found: what the painter keeps up to date afterwards (the
   * highlights near the scrolled-to place) starts after the frame that shows it.
   */
  settle?(doc: Document, slicer: TimeSlicer): void;
  clear(): void;
}
