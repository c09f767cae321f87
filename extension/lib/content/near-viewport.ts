// Which spans of the page text are near the viewport, kept up to date as the reader scrolls.
// Chromium checks every registered highlight range again in each frame that follows a DOM
// change: with ~10,000 ranges registered that is ~45–70 ms per such frame, for as long as the
// page stays open (measured on a 5,000-entry list). So a page with many matches registers only
// the ranges within a screen of the viewport, and the set follows the scroll.
//
// An IntersectionObserver watches the element that holds each span's first character (3,600
// targets cost ~2 ms to observe and nothing measurable per scroll frame). A span whose element
// never renders (display: none) is never shown: there is nothing to see.
//
// The browser reports on an element in the frame after it is observed. So the holders of the
// page's matches are observed as soon as those are known (`watch`), while the list entries are
// still being matched: by the time the spans to show are final (`follow`), most holders have
// been reported on, and the hit count need not wait a frame more for them.
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

export interface RangeSink {
  add(span: number, range: Range): void;
  remove(span: number, range: Range): void;
}

type Spans = readonly { start: number; end: number }[];

export interface NearViewport {
  readonly index: PageIndex;
  /** Starts watching where these spans are (a head start for `follow`); resolves once all are. */
  watch(spans: Spans, slicer: TimeSlicer): Promise<void>;
  /**
   * Follows these spans: their ranges go to `sink.add` as they come near, and to `sink.remove`
   * as they leave. Resolves once every holder has been reported on (or after FIRST_REPORT_MS).
   * A later call replaces the spans followed.
   */
  follow(spans: Spans, slicer: TimeSlicer, sink: RangeSink): Promise<void>;
  stop(): void;
}

/** How far beyond the viewport ranges are registered: one screen each way. */
const MARGIN = '100% 100%';
/** Waiting longer for the first report would hold back the hit count (a page not rendering). */
const FIRST_REPORT_MS = 200;

interface Following {
  spans: Spans;
  sink: RangeSink;
  holders: Map<Element, number[]>;
  shown: Map<number, Range>;
  /** Holders of these spans not reported on yet, and whether all of them are known. */
  pending: Set<Element>;
  complete: boolean;
  reported(): void;
}

export function nearViewport(index: PageIndex): NearViewport {
  const observed = new Set<Element>();
  const reportedOn = new Set<Element>();
  const near = new Set<Element>();
  let following: Following | undefined;

  const show = (f: Following, i: number) => {
    const span = f.spans[i]!;
    const range = index.rangeOf(span.start, span.end);
    if (range) {
      f.shown.set(i, range);
      f.sink.add(i, range);
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const f = following;
      for (const entry of entries) {
        const target = entry.target;
        reportedOn.add(target);
        if (entry.isIntersecting) near.add(target);
        else near.delete(target);
        if (!f) continue;
        f.pending.delete(target);
        for (const i of f.holders.get(target) ?? []) {
          const range = f.shown.get(i);
          if (entry.isIntersecting && !range) show(f, i);
          else if (!entry.isIntersecting && range) {
            f.shown.delete(i);
            f.sink.remove(i, range);
          }
        }
      }
      if (f?.complete && f.pending.size === 0) f.reported();
    },
    { rootMargin: MARGIN },
  );
  // watch and follow see mostly the same spans: each place's holder is looked up once.
  const holders = new Map<number, Element | null>();
  const holderAt = (offset: number) => {
    let holder = holders.get(offset);
    if (holder === undefined) {
      holder = index.elementAt(offset);
      holders.set(offset, holder);
    }
    return holder;
  };
  const observe = (holder: Element) => {
    if (observed.has(holder)) return;
    observed.add(holder);
    observer.observe(holder);
  };

  return {
    index,
    async watch(spans, slicer) {
      for (let i = 0; i < spans.length; i++) {
        const holder = holderAt(spans[i]!.start);
        if (holder) observe(holder);
        if (slicer.tick()) await slicer.pause();
      }
    },
    async follow(spans, slicer, sink) {
      let reported: () => void = () => {};
      const firstReport = new Promise<void>((resolve) => {
        reported = resolve;
      });
      const f: Following = {
        spans,
        sink,
        holders: new Map(),
        shown: new Map(),
        pending: new Set(),
        complete: false,
        reported,
      };
      following = f;
      for (let i = 0; i < spans.length; i++) {
        const holder = holderAt(spans[i]!.start);
        if (holder) {
          const list = f.holders.get(holder);
          if (list) list.push(i);
          else {
            f.holders.set(holder, [i]);
            observe(holder);
            if (!reportedOn.has(holder)) f.pending.add(holder);
          }
          if (near.has(holder)) show(f, i);
        }
        if (slicer.tick()) await slicer.pause();
        if (following !== f) return;
      }
      f.complete = true;
      if (f.pending.size === 0) reported();
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        firstReport,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, FIRST_REPORT_MS);
        }),
      ]);
      clearTimeout(timer);
    },
    stop() {
      following = undefined;
      observer.disconnect();
    },
  };
}
