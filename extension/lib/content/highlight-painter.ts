// Rule matches as CSS custom highlights: one Highlight per rule, named `kjwatch-<rule id>` (the
// DOM hook, unstyled), and the same ranges in one Highlight per rule colour, which
// `::highlight(kjwatch--rule-<hex>)` paints (rule-styles.ts: few ::highlight() rules keep style
// recalc cheap). Clippings' highlights are per colour already. The page's DOM is untouched.
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import { isClipKey } from './clip-styles.ts';
import type { Painter } from './painter.ts';
import { highlightName } from './rule-styles.ts';

export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
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
  const clear = () => {
    for (const name of shown) registry.delete(name);
    shown = new Set();
  };
  return {
    mutatesDom: false,
    async paint(spans: readonly MatchSpan[], index, slicer) {
      // Build every range first and swap at the end, so a repaint does not flicker.
      const byName = new Map<string, Highlight>();
      const add = (name: string, range: Range, priority: number) => {
        let highlight = byName.get(name);
        if (!highlight) {
          highlight = new Highlight();
          highlight.priority = priority;
          byName.set(name, highlight);
        }
        highlight.add(range);
      };
      for (const span of spans) {
        const range = index.rangeOf(span.start, span.end);
        if (range) {
          // A clipping is drawn over a rule match it covers.
          add(highlightName(span.rule), range, isClipKey(span.rule) ? 1 : 0);
          const painted = paintedAs.get(span.rule);
          if (painted) add(painted, range, 0);
        }
        if (slicer.tick()) await slicer.pause();
      }
      // Registered in one go, once every range is collected.
      const next = new Set<string>();
      for (const [name, highlight] of byName) {
        registry.set(name, highlight);
        next.add(name);
      }
      for (const name of shown) if (!next.has(name)) registry.delete(name);
      shown = next;
    },
    clear,
  };
}
