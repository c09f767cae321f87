// Which spans of the page text are near the viewport, kept up to date as the reader scrolls.
// Chromium checks every registered highlight range again in each frame that follows a DOM
// change: with ~10,000 ranges registered that is ~45–70 ms per such frame, for as long as the
// page stays open (measured on a 5,000-entry list). So a page with many matches registers only
// the ranges within a screen of the viewport, and the set follows the scroll.
//
// The first set is measured: the box of the element that holds each span's first character,
// read while the page's layout is clean (`watch`, while the list entries are still matched).
// An IntersectionObserver on those elements then follows the scroll, started only once the
// first set is on screen (`observe`): the browser works out every target's intersection again
// in each frame whose style or layout changed (~9 ms for 3,600 targets on the bench's list,
// and 12–16 ms the first time), and observing while the pass still marked entries put that in
// each of its frames, and a frame of its own, before the hit count.
// A span whose element never renders (display: none) is never shown: there is nothing to see.
import { afterNextFrame } from './after-next-frame.ts';
import type { PageIndex } from './page-index.ts';
import type { TimeSlicer } from './time-slicer.ts';
import { BELOW_IN_A_ROW, NEAR_MARGIN, placeOf } from './viewport-place.ts';

/** Targets given to the observer before the next frame (see `observe`). */
const OBSERVED_PER_FRAME = 500;

export interface RangeSink {
  add(span: number, range: Range): void;
  remove(span: number, range: Range): void;
}

type Spans = readonly { start: number; end: number }[];

export interface NearViewport {
  readonly index: PageIndex;
  /** A head start for `follow`: finds and measures where these spans are. */
  watch(spans: Spans, slicer: TimeSlicer): Promise<void>;
  /**
   * Follows these spans: the ranges of those near the viewport go to `sink.add` before it
   * resolves; once `observe` has started, ranges go to `sink.add` as they come near and to
   * `sink.remove` as they leave. A later call replaces the spans followed.
   */
  follow(spans: Spans, slicer: TimeSlicer, sink: RangeSink): Promise<void>;
  /** After the next frame (the one showing what `follow` gave), follows the scroll. */
  observe(doc: Document, slicer: TimeSlicer): Promise<void>;
  stop(): void;
}

interface Following {
  spans: Spans;
  sink: RangeSink;
  holders: Map<Element, number[]>;
  shown: Map<number, Range>;
}

export function nearViewport(index: PageIndex): NearViewport {
  const observed = new Set<Element>();
  /** The observer's word on an element once it has reported, the measurement until then. */
  const near = new Map<Element, boolean>();
  let following: Following | undefined;
  let stopped = false;

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
        near.set(target, entry.isIntersecting);
        if (!f) continue;
        for (const i of f.holders.get(target) ?? []) {
          const range = f.shown.get(i);
          if (entry.isIntersecting && !range) show(f, i);
          else if (!entry.isIntersecting && range) {
            f.shown.delete(i);
            f.sink.remove(i, range);
          }
        }
      }
    },
    { rootMargin: NEAR_MARGIN },
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
  let belowInARow = 0;
  /** The text offset from which holders are taken to be below the viewport. */
  let belowFrom = Number.POSITIVE_INFINITY;
  /** `inOrder`: holders come in the order of the text (watch's page spans). */
  const isNear = (holder: Element, offset: number, inOrder: boolean) => {
    const known = near.get(holder);
    if (known !== undefined) return known;
    if (offset >= belowFrom) return false;
    const where = placeOf(holder);
    near.set(holder, where === 'near');
    if (inOrder && where !== 'elsewhere') {
      belowInARow = where === 'below' ? belowInARow + 1 : 0;
      if (belowInARow >= BELOW_IN_A_ROW) belowFrom = offset;
    }
    return where === 'near';
  };

  return {
    index,
    async watch(spans, slicer) {
      for (let i = 0; i < spans.length && !stopped; i++) {
        const { start } = spans[i]!;
        const holder = holderAt(start);
        if (holder) isNear(holder, start, true);
        if (start >= belowFrom) return;
        if (slicer.tick()) await slicer.pause();
      }
    },
    async follow(spans, slicer, sink) {
      const f: Following = { spans, sink, holders: new Map(), shown: new Map() };
      following = f;
      for (let i = 0; i < spans.length; i++) {
        const holder = holderAt(spans[i]!.start);
        if (holder) {
          const list = f.holders.get(holder);
          if (list) list.push(i);
          else f.holders.set(holder, [i]);
          if (isNear(holder, spans[i]!.start, false)) show(f, i);
        }
        if (slicer.tick()) await slicer.pause();
        if (following !== f || stopped) return;
      }
    },
    async observe(doc, slicer) {
      const f = following;
      await afterNextFrame(doc);
      if (!f) return;
      let added = 0;
      for (const holder of f.holders.keys()) {
        if (stopped || following !== f) return;
        if (!observed.has(holder)) {
          observed.add(holder);
          observer.observe(holder);
          // A few hundred new targets per frame: the browser works out every new target's
          // intersection in the next frame, 12–20 ms for all 3,600 of the bench's list at once.
          if (++added % OBSERVED_PER_FRAME === 0) await afterNextFrame(doc);
        }
        if (slicer.tick()) await slicer.pause();
      }
    },
    stop() {
      stopped = true;
      following = undefined;
      observer.disconnect();
    },
  };
}
