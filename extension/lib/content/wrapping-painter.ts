// The fallback for browsers without the CSS Custom Highlight API: each match is wrapped in
// <mark data-kjwatch-hl="<rule id>">. Changes the DOM, so it runs only where it must, and in
// one go (the page observer ignores what it does).
import type { MatchSpan } from '../../../shared/rules/rule-matcher.ts';
import type { Painter } from './painter.ts';

/** Spans that do not overlap, earliest first: two marks cannot share text. */
function disjoint(spans: readonly MatchSpan[]): MatchSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MatchSpan[] = [];
  let end = -1;
  for (const span of sorted) {
    if (span.start < end) continue;
    kept.push(span);
    end = span.end;
  }
  return kept;
}

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root instanceof Text) return [root];
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Text && range.intersectsNode(n)) nodes.push(n);
  }
  return nodes;
}

function wrap(range: Range, rule: string): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const node of textNodesIn(range)) {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (start >= end) continue;
    const target = start > 0 ? node.splitText(start) : node;
    if (end - start < target.length) target.splitText(end - start);
    const mark = node.ownerDocument.createElement('mark');
    mark.setAttribute('data-kjwatch-hl', rule);
    target.parentNode!.insertBefore(mark, target);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}

export function createWrappingPainter(): Painter {
  let marks: HTMLElement[] = [];
  const clear = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
    marks = [];
  };
  return {
    mutatesDom: true,
    // The caller clears before it indexes the page: the index must see the page without marks.
    async paint(spans, index, _slicer, onShow) {
      // Last first: wrapping text further on never moves the offsets of text before it.
      const ordered = disjoint(spans).reverse();
      for (const span of ordered) {
        const range = index.rangeOf(span.start, span.end);
        if (!range) continue;
        onShow?.(range);
        marks.push(...wrap(range, span.rule));
      }
    },
    clear,
  };
}
