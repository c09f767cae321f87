// The visible mark on a marked list entry: a bar in its rule's colour, drawn by rule-styles.ts
// from `data-kjwatch-color` (the rule ids in `data-kjwatch-rule`, the DOM hook, are styled by
// nothing, so setting them restyles nothing). Every bar set restyles and repaints its entry: a
// frame marking 1,000 entries took 12–22 ms, and barring all 3,611 matching entries of the
// bench's list took two frames, ~30 ms of the time before the marks were on screen. On a long
// list the bars go at once on the entries within a screen of the viewport, and on the others as
// the reader scrolls towards them: when the painter shows a match inside one (Painter.paint's
// onShow; near-viewport.ts follows the scroll for both: an observer of the entries' own
// doubled the observers' work in every frame, ~15–24 ms the first time). The first bars go on
// in the task that registers the highlights, so one frame renders both. A bar stays once set:
// taking it off again would restyle the entry at every pass of the scroll.
import { ENTRY_COLOR_ATTRIBUTE } from './rule-styles.ts';
import { BELOW_IN_A_ROW, placeOf } from './viewport-place.ts';

export interface EntryBars {
  /**
   * The bars to show (entry → colour as ENTRY_COLOR_ATTRIBUTE's hex digits, in the order of
   * the page), replacing those shown: all of a short list, else those near the viewport, and
   * the others as `reached` finds them. Nothing changes on the page before `release`.
   */
  show(bars: ReadonlyMap<Element, string>): void;
  /** Something at `node` is shown near the viewport: the marked entry holding it gets its bar. */
  reached(node: Node): void;
  /**
   * Puts what `show` and `reached` found on the page, in the task that shows the highlights
   * (one frame renders both); from then on `reached` sets bars as it finds them.
   */
  release(): void;
}

/** Up to this many entries every bar is set at once (1,000 restyled in a frame took 12–22 ms). */
const ALL_AT_ONCE = 500;

export function createEntryBars(): EntryBars {
  /** The bars to show, those not set yet included. */
  let wanted: ReadonlyMap<Element, string> = new Map();
  const barred = new Set<Element>();
  /** Between `show` and `release`: the entries to bar then. */
  let held: Set<Element> | undefined;

  const bar = (element: Element) => {
    const color = wanted.get(element);
    if (color === undefined) return;
    if (element.getAttribute(ENTRY_COLOR_ATTRIBUTE) !== color)
      element.setAttribute(ENTRY_COLOR_ATTRIBUTE, color);
    barred.add(element);
  };

  /** The entries near the viewport, measured in the page's order. */
  const nearOnes = (bars: ReadonlyMap<Element, string>) => {
    const near: Element[] = [];
    let belowInARow = 0;
    for (const element of bars.keys()) {
      if (barred.has(element)) continue;
      const place = placeOf(element);
      if (place === 'near') near.push(element);
      if (place !== 'elsewhere') belowInARow = place === 'below' ? belowInARow + 1 : 0;
      if (belowInARow >= BELOW_IN_A_ROW) break;
    }
    return near;
  };

  return {
    show(bars) {
      wanted = bars;
      // Boxes are read now, while the page's layout is clean, and no bar is set in between.
      held = new Set(bars.size <= ALL_AT_ONCE ? bars.keys() : nearOnes(bars));
    },
    reached(node) {
      if (!held && barred.size === wanted.size) return; // all barred already
      const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      for (let el = start; el; el = el.parentElement) {
        if (!wanted.has(el)) continue;
        if (held) held.add(el);
        else if (!barred.has(el)) bar(el);
        return;
      }
    },
    release() {
      if (!held) return;
      // The bars of an earlier pass: off where no longer wanted, and in their rule's colour.
      for (const element of [...barred]) {
        if (wanted.has(element)) bar(element);
        else {
          element.removeAttribute(ENTRY_COLOR_ATTRIBUTE);
          barred.delete(element);
        }
      }
      for (const element of held) bar(element);
      held = undefined;
    },
  };
}
