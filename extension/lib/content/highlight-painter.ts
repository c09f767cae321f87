// Rule matches as CSS custom highlights: one Highlight per rule, named `kjwatch-<rule id>` (the
// DOM hook, unstyled), and the same ranges in one Highlight per rule colour, which
// `::highlight(kjwatch--rule-<hex>)` paints (rule-styles.ts: few ::highlight() rules keep style
// recalc cheap). Clippings' highlights are per colour already. The page's DOM is untouched.
// Up to ALL_AT_ONCE spans are all registered; beyond that only those near the viewport are,
// following the scroll (near-viewport.ts says why), so the highlights then hold what is on and
// near the screen while `data-kjwatch-hits` still counts every match.
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import { isClipKey } from './clip-styles.ts';
import { type NearViewport, nearViewport } from './near-viewport.ts';
import type { Painter } from './painter.ts';
import { highlightName } from './rule-styles.ts';

/** ~1,000 ranges add ~5 ms to a frame after a DOM change: below that, register them all. */
const ALL_AT_ONCE = 1_000;

export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** The highlights of one paint, by name: a span's range goes to each highlight it shows in. */
function highlightSet(
  spans: readonly MatchSpan[],
  paintedAs: ReadonlyMap<string, string>,
  onShow: ((range: Range) => void) | undefined,
) {
  const byName = new Map<string, Highlight>();
  const named = (name: string, priority: number) => {
    let highlight = byName.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      byName.set(name, highlight);
    }
    return highlight;
  };
  const targets = spans.map((span) => {
    // A clipping is drawn over a rule match it covers.
    const own = named(highlightName(span.rule), isClipKey(span.rule) ? 1 : 0);
    const painted = paintedAs.get(span.rule);
    return painted ? [own, named(painted, 0)] : [own];
  });
  return {
    byName,
    add: (span: number, range: Range) => {
      for (const h of targets[span]!) h.add(range);
      onShow?.(range);
    },
    remove: (span: number, range: Range) => {
      for (const h of targets[span]!) h.delete(range);
    },
  };
}

/**
 * `paintedAs`: the highlight a key's ranges are painted in besides its own `kjwatch-<key>`
 * (a rule's colour highlight); undefined when its own highlight is styled.
 */
export function createHighlightPainter(
  registry: HighlightRegistry = CSS.highlights,
  paintedAs: ReadonlyMap<string, string> = new Map(),
): Painter {
  let shown = new Set<string>();
  // What follows the scroll for the spans shown, and what `prepare` started for the next paint.
  let following: NearViewport | undefined;
  let prepared: NearViewport | undefined;
  let paints = 0;
  const stop = (tracker: NearViewport | undefined) => {
    if (tracker && tracker !== following && tracker !== prepared) tracker.stop();
  };
  const clear = () => {
    paints++;
    const old = [following, prepared];
    following = prepared = undefined;
    for (const tracker of old) stop(tracker);
    for (const name of shown) registry.delete(name);
    shown = new Set();
  };
  return {
    mutatesDom: false,
    prepare(spans, index, slicer) {
      if (spans.length <= ALL_AT_ONCE) return;
      const old = prepared;
      prepared = nearViewport(index);
      stop(old);
      prepared.watch(spans, slicer).catch(() => {}); // a head start only: paint does not need it
    },
    async paint(spans: readonly MatchSpan[], index, slicer, onShow) {
      // Every range is collected first and the highlights swapped at the end, so a repaint
      // does not flicker.
      const mine = ++paints;
      const set = highlightSet(spans, paintedAs, onShow);
      let tracker: NearViewport | undefined;
      if (spans.length > ALL_AT_ONCE) {
        tracker = prepared?.index === index ? prepared : nearViewport(index);
        if (tracker === prepared) prepared = undefined;
        await tracker.follow(spans, slicer, set);
      } else {
        const unused = prepared;
        prepared = undefined;
        stop(unused);
        for (let i = 0; i < spans.length; i++) {
          const range = index.rangeOf(spans[i]!.start, spans[i]!.end);
          if (range) set.add(i, range);
          if (slicer.tick()) await slicer.pause();
        }
      }
      if (mine !== paints) {
        stop(tracker); // a later paint, or a clear, came meanwhile: it decides what is shown
        return;
      }
      const old = following;
      following = tracker;
      stop(old);
      const next = new Set<string>();
      for (const [name, highlight] of set.byName) {
        registry.set(name, highlight);
        next.add(name);
      }
      for (const name of shown) if (!next.has(name)) registry.delete(name);
      shown = next;
    },
    settle(doc, slicer) {
      following?.observe(doc, slicer).catch(() => {});
    },
    clear,
  };
}
