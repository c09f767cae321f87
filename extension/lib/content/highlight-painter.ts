// Rule matches as CSS custom highlights: one Highlight per rule, named `kjwatch-<rule id>`,
// styled by `::highlight(kjwatch-<rule id>)` (rule-styles.ts). The page's DOM is untouched.
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import { isClipKey } from './clip-styles.ts';
import type { Painter } from './painter.ts';
import { highlightName } from './rule-styles.ts';

export function hasHighlightApi(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

export function createHighlightPainter(registry: HighlightRegistry = CSS.highlights): Painter {
  let shown = new Set<string>();
  const clear = () => {
    for (const name of shown) registry.delete(name);
    shown = new Set();
  };
  return {
    mutatesDom: false,
    async paint(spans: readonly MatchSpan[], index, slicer) {
      // Build every range first and swap at the end, so a repaint does not flicker.
      const byRule = new Map<string, Highlight>();
      for (const span of spans) {
        const range = index.rangeOf(span.start, span.end);
        if (range) {
          let highlight = byRule.get(span.rule);
          if (!highlight) {
            highlight = new Highlight();
            // A clipping is drawn over a rule match it covers.
            if (isClipKey(span.rule)) highlight.priority = 1;
            byRule.set(span.rule, highlight);
          }
          highlight.add(range);
        }
        if (slicer.due()) await slicer.pause();
      }
      const next = new Set<string>();
      for (const [rule, highlight] of byRule) {
        const name = highlightName(rule);
        registry.set(name, highlight);
        next.add(name);
      }
      for (const name of shown) if (!next.has(name)) registry.delete(name);
      shown = next;
    },
    clear,
  };
}
