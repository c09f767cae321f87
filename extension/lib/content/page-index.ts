// The page's text for matching: shared/anchor's TextIndex over the body (the same text
// clippings are anchored in: text nodes concatenated, <rt>/<rp>, scripts and kjwatch's own UI
// left out, so `<span>巡</span><span>视</span>` reads 巡视). A big page is indexed a few
// hundred nodes at a time, with pauses between, so that indexing never holds the main thread
// for long.
import { type TextIndex, textIndexBuilder } from '../../../shared/anchor/text-index.ts';
import type { NodeLike } from '../../../shared/dom/doc-like.ts';
import type { TimeSlicer } from './time-slicer.ts';

/** Nodes visited between two looks at the clock. */
const NODES_PER_STEP = 256;

export interface PageIndex {
  readonly text: string;
  /** A live Range over text[start, end), or null when the offsets are outside the text. */
  rangeOf(start: number, end: number): Range | null;
  /** The element holding the character at `offset` (its text node's parent), or null. */
  elementAt(offset: number): Element | null;
  /** Where an element's text lies in `text`; null for an element not indexed. */
  spanOf(element: Element): [number, number] | null;
  /**
   * The text offset of a DOM boundary point (a Range's container and offset), for describing a
   * selection; null for a point outside the indexed root.
   */
  offsetOf(node: Node, offset: number): number | null;
}

function asNode(node: NodeLike | undefined): Node | null {
  return node instanceof Node ? node : null;
}

export async function buildPageIndex(root: Node, slicer: TimeSlicer): Promise<PageIndex> {
  const builder = textIndexBuilder(root);
  while (!builder.step(NODES_PER_STEP)) if (slicer.due()) await slicer.pause();
  const index: TextIndex = builder.finish();

  function position(offset: number, affinity: 'next' | 'previous') {
    const found = index.locate(offset, affinity);
    const node = asNode(found?.node);
    return node && found ? { node, offset: found.offset } : null;
  }

  return {
    text: index.text,
    rangeOf(start, end) {
      if (!(start >= 0 && end > start && end <= index.text.length)) return null;
      const from = position(start, 'next');
      const to = position(end, 'previous');
      if (!from || !to) return null;
      const range = new Range();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    elementAt: (offset) => asNode(index.locate(offset, 'next')?.node)?.parentElement ?? null,
    offsetOf: (node, offset) => index.offsetOf(node, offset),
    spanOf: (element) => index.spanOf(element),
  };
}
