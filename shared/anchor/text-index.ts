// The page text that clippings are anchored in, and the map between its offsets and DOM
// positions. It runs over NodeLike, so the extension indexes the live page body and tests index
// linkedom documents with the same code.
//
// Whitespace and blocks: the text is the plain concatenation of the text nodes' data, in
// document order, with nothing inserted between blocks and nothing collapsed: what
// `textContent` gives, minus the skipped subtrees. Layout (CSS `display`, `innerText`'s line
// breaks) never enters, so a position saved on one visit means the same on the next whatever
// the window size or stylesheet; `<p>甲</p><p>乙</p>` reads `甲乙`, and the source's own
// newlines and indentation between tags stay as they are. Fuzzy anchoring folds whitespace,
// so a re-indented page still anchors. Describe a selection through `offsetOf` on this text,
// never through `Selection.toString()`, which inserts layout line breaks.
import { ELEMENT_NODE, type ElementLike, type NodeLike, TEXT_NODE } from '../dom/doc-like.ts';

/** Elements whose text is never page text: code, pinyin annotations, inert templates, forms. */
const SKIPPED_NAMES = ['script', 'style', 'noscript', 'template', 'rt', 'rp', 'iframe', 'textarea'];
// nodeName as the DOM gives it: upper case for HTML elements, lower case in XHTML. Lower-casing
// each element's name made a string per element, ~a quarter of indexing a 5,000-entry list.
const SKIPPED = new Set([...SKIPPED_NAMES, ...SKIPPED_NAMES.map((name) => name.toUpperCase())]);
/** kjwatch's own UI inside the page (tooltips, buttons) carries this attribute. */
export const UI_ATTRIBUTE = 'data-kjwatch-ui';

export interface IndexedTextNode {
  readonly node: NodeLike;
  /** Offsets of its data in `TextIndex.text`, UTF-16 units. */
  readonly start: number;
  readonly end: number;
}

export interface DomPosition {
  node: NodeLike;
  offset: number;
}

export interface TextIndex {
  readonly text: string;
  /** The non-empty text nodes, in document order. */
  readonly nodes: readonly IndexedTextNode[];
  /**
   * The text node and offset in it for a text offset. At a boundary between two nodes,
   * `next` (for a range start) picks the node that holds the character at `offset`,
   * `previous` (for a range end) the node that holds the one before it.
   */
  locate(offset: number, affinity?: 'next' | 'previous'): DomPosition | null;
  /** The text offset of a DOM boundary point (a Range's container and offset); null outside the root. */
  offsetOf(node: NodeLike, offset: number): number | null;
  /** Where a visited node's text lies: [start, end); null for a node not indexed. */
  spanOf(node: NodeLike): [number, number] | null;
}

function isSkippedElement(el: ElementLike): boolean {
  return SKIPPED.has(el.nodeName) || el.getAttribute(UI_ATTRIBUTE) !== null;
}

const isSkipped = (node: NodeLike) =>
  node.nodeType === ELEMENT_NODE && isSkippedElement(node as ElementLike);

/**
 * Builds a TextIndex a few nodes at a time, so a big live page can be indexed between other
 * work: `step(n)` visits up to n more nodes and says whether the tree is done; `finish()` gives
 * the index of what was visited.
 */
export interface TextIndexBuilder {
  step(nodes: number): boolean;
  finish(): TextIndex;
}

export function buildTextIndex(root: NodeLike): TextIndex {
  const builder = textIndexBuilder(root);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.finish();
}

export function textIndexBuilder(root: NodeLike): TextIndexBuilder {
  const parts: string[] = [];
  const nodes: IndexedTextNode[] = [];
  // Every visited element's [start, end): what `offsetOf` needs for element boundary points.
  // Skipped subtrees are recorded at their root only, as an empty span. Text nodes have theirs
  // in `nodes` (the empty ones here): a map entry per text node was a fifth of indexing a big
  // list, for look-ups that only describing a selection makes.
  const spans = new Map<NodeLike, [number, number]>();
  const emptyTexts = new Map<NodeLike, number>();
  let length = 0;
  // Iterative, so that a deeply nested page cannot overflow the stack. Each open element with
  // the child to visit next: firstChild/nextSibling, as childNodes[i] on a live page costs
  // a NodeList look-up per node.
  const stack: { node: NodeLike; next: NodeLike | null }[] = [];
  const enter = (node: NodeLike) => {
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = node.textContent ?? '';
      if (data.length === 0) {
        emptyTexts.set(node, length);
        return;
      }
      nodes.push({ node, start: length, end: length + data.length });
      parts.push(data);
      length += data.length;
      return;
    }
    spans.set(node, [length, length]);
    if (type !== ELEMENT_NODE || !isSkippedElement(node as ElementLike)) {
      stack.push({ node, next: node.firstChild });
    }
  };
  enter(root);
  const step = (budget: number) => {
    for (let visited = 0; stack.length > 0 && visited < budget; visited++) {
      const top = stack[stack.length - 1]!;
      const child = top.next;
      if (child) {
        top.next = child.nextSibling;
        enter(child);
      } else {
        stack.pop();
        spans.get(top.node)![1] = length;
      }
    }
    return stack.length === 0;
  };
  return { step, finish: () => textIndexOver(parts.join(''), nodes, spans, emptyTexts) };
}

function textIndexOver(
  text: string,
  nodes: readonly IndexedTextNode[],
  elementSpans: ReadonlyMap<NodeLike, [number, number]>,
  emptyTexts: ReadonlyMap<NodeLike, number>,
): TextIndex {
  const length = text.length;
  let textSpans: Map<NodeLike, IndexedTextNode> | undefined;

  /** A visited node's [start, end), or undefined for one not visited. */
  function visited(node: NodeLike): readonly [number, number] | undefined {
    if (node.nodeType !== TEXT_NODE) return elementSpans.get(node);
    const empty = emptyTexts.get(node);
    if (empty !== undefined) return [empty, empty];
    textSpans ??= new Map(nodes.map((entry) => [entry.node, entry]));
    const entry = textSpans.get(node);
    return entry && [entry.start, entry.end];
  }

  function locate(offset: number, affinity: 'next' | 'previous' = 'next'): DomPosition | null {
    if (nodes.length === 0 || offset < 0 || offset > length || !Number.isInteger(offset)) {
      return null;
    }
    // The first node that ends after `offset` (next) or at or after it (previous).
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const end = nodes[mid]!.end;
      if (end > offset || (affinity === 'previous' && end === offset)) hi = mid;
      else lo = mid + 1;
    }
    // Nodes are contiguous, so the one found starts at or before `offset`.
    const entry = nodes[lo]!;
    return { node: entry.node, offset: offset - entry.start };
  }

  function offsetOf(node: NodeLike, offset: number): number | null {
    const span = visited(node);
    if (span) {
      if (span[0] === span[1]) return span[0]; // empty, or a skipped root
      if (node.nodeType === TEXT_NODE)
        return span[0] + Math.min(Math.max(offset, 0), span[1] - span[0]);
      const children = node.childNodes;
      if (offset >= children.length) return span[1];
      const child = children[Math.max(offset, 0)];
      return child ? (visited(child)?.[0] ?? null) : null;
    }
    // Inside a skipped subtree: the boundary sits where that subtree sits in the text.
    for (let up = node.parentNode; up; up = up.parentNode) {
      const outer = elementSpans.get(up);
      if (outer) return isSkipped(up) ? outer[0] : null; // else: added after indexing
    }
    return null;
  }

  function spanOf(node: NodeLike): [number, number] | null {
    const span = visited(node);
    return span ? [span[0], span[1]] : null;
  }

  return { text, nodes, locate, offsetOf, spanOf };
}
