// One walk over the DocLike into a small plain tree that every later step reads. Reading a
// linkedom (or live) DOM is the expensive part of extraction; doing it once, iteratively (a
// nesting bomb cannot overflow the stack), keeps extraction within a fraction of parse time.
import {
  type DocLike,
  ELEMENT_NODE,
  type ElementLike,
  type NodeLike,
  TEXT_NODE,
} from '../dom/doc-like.ts';
import { OPAQUE_TAGS, SKIPPED_TAGS } from './html-tags.ts';

export interface Elem {
  tag: string;
  /** Lower-cased attributes the extractor reads; the rest are dropped. */
  attrs: Readonly<Record<string, string>>;
  kids: Array<Elem | string>;
  parent: Elem | null;
  depth: number;
  /** `display:none`, `visibility:hidden` or the `hidden` attribute: never rendered as text. */
  hidden: boolean;
  /** Lines [lineStart, lineEnd) hold this element's text (exact for block elements). */
  lineStart: number;
  lineEnd: number;
}

export interface Snapshot {
  root: Elem;
  metas: Elem[];
  /** The `<title>` text. */
  titleText: string;
  /** DocLike element → snapshot element, only when asked for (profile CSS overrides). */
  bySource: Map<ElementLike, Elem> | null;
}

const KEPT_ATTRS = new Set([
  'id',
  'class',
  'href',
  'src',
  'data',
  'title',
  'name',
  'content',
  'property',
  'http-equiv',
  'style',
  'hidden',
]);

// Deeper elements become transparent (their text joins the ancestor at this depth): real
// pages stay far below it, and every later pass is then bounded however deep a page nests.
const MAX_DEPTH = 200;

// Optional parts of the DOM that linkedom, jsdom and browsers all have; reading them is much
// cheaper than `childNodes` lists and `attributes` proxies. DocLike stays minimal: without
// them the snapshot falls back to `childNodes` and `getAttribute`.
interface FastNode {
  firstChild?: NodeLike | null;
  nextSibling?: NodeLike | null;
  localName?: string;
  getAttributeNames?: () => ArrayLike<string>;
  hasAttributes?: () => boolean;
}

/**
 * Attribute names as browsers see them. linkedom keeps the source case (`<META NAME=…>`, old
 * `<A HREF=…>` pages), so list the names when the DOM can and lower-case them.
 */
function readAttrs(el: ElementLike & FastNode): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (el.hasAttributes && !el.hasAttributes()) return attrs;
  const names = el.getAttributeNames?.();
  if (names) {
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const lower = name.toLowerCase();
      if (KEPT_ATTRS.has(lower) && attrs[lower] === undefined) {
        attrs[lower] = el.getAttribute(name) ?? '';
      }
    }
    return attrs;
  }
  for (const name of KEPT_ATTRS) {
    const v = el.getAttribute(name);
    if (v !== null) attrs[name] = v;
  }
  return attrs;
}

function isHidden(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined) return true;
  const style = attrs.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function makeElem(tag: string, attrs: Record<string, string>, parent: Elem | null): Elem {
  const depth = parent ? parent.depth + 1 : 0;
  const hidden = isHidden(attrs);
  return { tag, attrs, kids: [], parent, depth, hidden, lineStart: 0, lineEnd: 0 };
}

export function snapshotDocument(doc: DocLike, keepSources = false): Snapshot {
  const rootSource = doc.documentElement;
  const root = makeElem('html', {}, null);
  const snap: Snapshot = {
    root,
    metas: [],
    titleText: '',
    bySource: keepSources ? new Map() : null,
  };
  if (!rootSource) return snap;
  snap.bySource?.set(rootSource, root);
  // Depth-first with a stack of [node, parent]. With firstChild/nextSibling a frame is a
  // cursor (the node, then its next sibling); otherwise children are pushed in reverse.
  const stack: Array<[NodeLike | null | undefined, Elem]> = [];
  const fast = (rootSource as FastNode).firstChild !== undefined;
  const pushKids = (node: NodeLike, into: Elem) => {
    if (fast) {
      stack.push([(node as FastNode).firstChild, into]);
      return;
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], into]);
  };
  pushKids(rootSource, root);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (!node) continue;
    if (fast) stack.push([(node as FastNode).nextSibling, parent]);
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent;
      if (text) parent.kids.push(text);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as ElementLike & FastNode;
    const tag = (el.localName ?? el.nodeName).toLowerCase();
    if (tag === 'title' && !snap.titleText) snap.titleText = el.textContent ?? '';
    if (tag === 'meta') {
      const meta = makeElem(tag, readAttrs(el), parent);
      snap.metas.push(meta);
      // ContentStart/ContentEnd markers sit in the body and mark the notice's text.
      parent.kids.push(meta);
      continue;
    }
    if (SKIPPED_TAGS.has(tag)) continue;
    if (parent.depth >= MAX_DEPTH) {
      pushKids(el, parent);
      continue;
    }
    const elem = makeElem(tag, readAttrs(el), parent);
    parent.kids.push(elem);
    snap.bySource?.set(el, elem);
    if (!OPAQUE_TAGS.has(tag)) pushKids(el, elem);
  }
  return snap;
}
