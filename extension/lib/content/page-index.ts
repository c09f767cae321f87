// The page's text for matching, built from shared/anchor's TextIndex (the same text clippings
// are anchored in: text nodes concatenated, <rt>/<rp>, scripts and kjwatch's own UI left out,
// so `<span>巡</span><span>视</span>` reads 巡视). A big page is indexed in pieces — subtrees
// of at most LEAF_TEXT characters, one TextIndex each — with pauses between them, so that
// indexing never holds the main thread for long; the pieces' texts, in document order, join
// into exactly the text one TextIndex over the whole body would give.
import { buildTextIndex, type TextIndex, UI_ATTRIBUTE } from '../../../shared/anchor/text-index.ts';
import type { TimeSlicer } from './time-slicer.ts';

const LEAF_TEXT = 4_000;

interface Piece {
  root: Node;
  base: number;
  index: TextIndex;
}

export interface PageIndex {
  readonly text: string;
  /** A live Range over text[start, end), or null when the offsets are outside the text. */
  rangeOf(start: number, end: number): Range | null;
  /** Where an element's text lies in `text`; null when it spans several pieces. */
  spanOf(element: Element): [number, number] | null;
  /**
   * The text offset of a DOM boundary point (a Range's container and offset), for describing a
   * selection; null for a point outside the indexed root.
   */
  offsetOf(node: Node, offset: number): number | null;
}

function isLeaf(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  if (node.childElementCount === 0 || node.hasAttribute(UI_ATTRIBUTE)) return true;
  return (node.textContent?.length ?? 0) <= LEAF_TEXT;
}

async function pieceRoots(root: Node, slicer: TimeSlicer): Promise<Node[]> {
  const leaves: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isLeaf(node)) leaves.push(node);
    else for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    if (slicer.due()) await slicer.pause();
  }
  return leaves;
}

function asNode(node: unknown): Node | null {
  return node instanceof Node ? node : null;
}

export async function buildPageIndex(root: Node, slicer: TimeSlicer): Promise<PageIndex> {
  const pieces: Piece[] = [];
  const byRoot = new Map<Node, Piece>();
  let length = 0;
  for (const node of await pieceRoots(root, slicer)) {
    const index = buildTextIndex(node);
    if (index.text.length === 0) continue;
    const piece = { root: node, base: length, index };
    pieces.push(piece);
    byRoot.set(node, piece);
    length += index.text.length;
    if (slicer.due()) await slicer.pause();
  }
  const text = pieces.map((p) => p.index.text).join('');

  // The piece holding the unit at `offset` (next) or the one before it (previous).
  function pieceAt(offset: number, affinity: 'next' | 'previous'): Piece | undefined {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = pieces[mid]!;
      const end = p.base + p.index.text.length;
      if (end > offset || (affinity === 'previous' && end === offset)) hi = mid;
      else lo = mid + 1;
    }
    return pieces[lo];
  }

  function position(offset: number, affinity: 'next' | 'previous') {
    const piece = pieceAt(offset, affinity);
    const found = piece?.index.locate(offset - piece.base, affinity);
    const node = asNode(found?.node);
    return node && found ? { node, offset: found.offset } : null;
  }

  return {
    text,
    rangeOf(start, end) {
      if (!(start >= 0 && end > start && end <= text.length)) return null;
      const from = position(start, 'next');
      const to = position(end, 'previous');
      if (!from || !to) return null;
      const range = new Range();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
    offsetOf(node, offset) {
      for (let up: Node | null = node; up; up = up.parentNode) {
        const piece = byRoot.get(up);
        if (!piece) continue;
        const at = piece.index.offsetOf(node, offset);
        return at === null ? null : piece.base + at;
      }
      if (!root.contains(node)) return null;
      // A point between pieces (in an element holding several, or in text-less content): it
      // sits where the first piece after it starts.
      const point = new Range();
      point.setStart(node, offset);
      let lo = 0;
      let hi = pieces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (point.comparePoint(pieces[mid]!.root, 0) > 0) hi = mid;
        else lo = mid + 1;
      }
      return lo < pieces.length ? pieces[lo]!.base : text.length;
    },
    spanOf(element) {
      for (let up: Node | null = element; up; up = up.parentNode) {
        const piece = byRoot.get(up);
        if (!piece) continue;
        const start = piece.index.offsetOf(element, 0);
        const end = piece.index.offsetOf(element, element.childNodes.length);
        return start === null || end === null ? null : [piece.base + start, piece.base + end];
      }
      return null;
    },
  };
}
