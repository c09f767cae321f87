// Which spans of the page text are near the viewport, kept up to date as the reader scrolls.
// Chromium checks every registered highlight range again in each frame that follows a DOM
// change: with ~10,000 ranges registered that is ~45–70 ms per such frame, for as long as the
// page stays open (measured on a 5,000-entry list). So a page with many matches registers only
// the ranges within a screen of the viewport, and the set follows the scroll.
//
// An IntersectionObserver watches the element that holds each span's first character (3,600
// targets cost ~2 ms to observe and nothing measurable per scroll frame). A span whose element
// never renders (display: none) is never shown: there is nothing to see.
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

export interface RangeSink {
  add(span: number, range: Range): void;
  remove(span: number, range: Range): void;
}

/** How far beyond the viewport ranges are registered: one screen each way. */
const MARGIN = '100% 100%';
/** Waiting longer for the first report would hold back the hit count (a page not rendering). */
const FIRST_REPORT_MS = 200;

/**
 * Starts following the spans ([start, end) of `index.text`) near the viewport: their ranges go
 * to `sink.add` as they come near, and to `sink.remove` as they leave. Resolves once the first
 * report is in (or after FIRST_REPORT_MS), with the function that stops following.
 */
export async function followNearViewport(
  spans: readonly { start: number; end: number }[],
  index: PageIndex,
  slicer: TimeSlicer,
  sink: RangeSink,
): Promise<() => void> {
  const holders = new Map<Element, number[]>();
  const shown = new Map<number, Range>();
  // Holders observed but not reported on yet: once none is left (and all are observed), the
  // spans on screen are in.
  const unreported = new Set<Element>();
  let observedAll = false;
  let reported: () => void = () => {};
  const firstReport = new Promise<void>((resolve) => {
    reported = resolve;
  });
  const near = new Set<Element>();
  const show = (i: number) => {
    const span = spans[i]!;
    const range = index.rangeOf(span.start, span.end);
    if (range) {
      shown.set(i, range);
      sink.add(i, range);
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        unreported.delete(entry.target);
        if (entry.isIntersecting) near.add(entry.target);
        else near.delete(entry.target);
        for (const i of holders.get(entry.target) ?? []) {
          const range = shown.get(i);
          if (entry.isIntersecting && !range) show(i);
          else if (!entry.isIntersecting && range) {
            shown.delete(i);
            sink.remove(i, range);
          }
        }
      }
      if (observedAll && unreported.size === 0) reported();
    },
    { rootMargin: MARGIN },
  );
  // Holders are observed as they are found, so the browser measures the first ones in the
  // frames that go by meanwhile (the entry marks' frames, in a highlight pass).
  for (let i = 0; i < spans.length; i++) {
    const holder = index.elementAt(spans[i]!.start);
    if (holder) {
      const list = holders.get(holder);
      if (list) {
        list.push(i);
        // Its holder may already have been reported near.
        if (near.has(holder)) show(i);
      } else {
        holders.set(holder, [i]);
        unreported.add(holder);
        observer.observe(holder);
      }
    }
    if (slicer.tick()) await slicer.pause();
  }
  observedAll = true;
  if (unreported.size === 0) reported();
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    firstReport,
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, FIRST_REPORT_MS);
    }),
  ]);
  clearTimeout(timer);
  return () => observer.disconnect();
}
