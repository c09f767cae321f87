// The page as the lines a reader sees, in document order. Every block element covers a
// contiguous run of lines, so "the text of element E" is a slice, and any score summed over
// lines is a prefix-sum difference: one pass serves title, labels, body, dates and links.

import { hrefNamesFile } from './attachment-url.ts';
import {
  classTokens,
  isContentMarker,
  isFurnitureElem,
  isRelatedElem,
  isTitleElem,
} from './element-roles.ts';
import { BLOCK_TAGS, CELL_TAGS, OPAQUE_TAGS } from './html-tags.ts';
import type { Elem } from './snapshot.ts';
import { CELL_MARK, tidyLine, visibleLength } from './tidy-text.ts';

export interface Line {
  text: string;
  /** Visible characters, and those of them inside links. */
  chars: number;
  linkChars: number;
  /** Visible characters inside links to files (`附件：申报指南.pdf`): part of the notice. */
  fileLinkChars: number;
  /** The innermost furniture element (nav, footer, share box…) around the line, if any. */
  furniture: Elem | null;
}

export interface LinkRef {
  href: string;
  text: string;
  title: string;
  /** Index of the line holding the link's text. */
  line: number;
  furniture: Elem | null;
}

export interface Rendered {
  lines: Line[];
  links: LinkRef[];
  /** Each furniture element → the furniture element around it (null at the outermost). */
  furnitureParent: Map<Elem, Elem | null>;
  /** Block elements and cells, in document order (candidates for the body). */
  blocks: Elem[];
  /** Headings and title-classed elements, in document order (candidates for the title). */
  headings: Elem[];
  /** Elements marking the notice's text (`.TRS_Editor`, `#Zoom`, ContentStart metas…). */
  markers: Elem[];
  /** Elements classed as related-links blocks (`.xgwj`, `.related`). */
  relatedBlocks: Elem[];
}

interface Frame {
  el: Elem;
  next: number;
}

export function renderLines(root: Elem): Rendered {
  const out: Rendered = {
    lines: [],
    links: [],
    furnitureParent: new Map(),
    blocks: [],
    headings: [],
    markers: [],
    relatedBlocks: [],
  };
  const { lines, links } = out;
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let fileLinkChars = 0;
  let furniture: Elem | null = null;
  let lineFurniture: Elem | null = null;
  let inPre = 0;
  let link: {
    el: Elem;
    href: string;
    title: string;
    text: string[];
    line: number;
    furniture: Elem | null;
    file: boolean;
  } | null = null;

  const flush = () => {
    const text = chars > 0 ? tidyLine(parts.join('')) : '';
    if (text) lines.push({ text, chars, linkChars, fileLinkChars, furniture: lineFurniture });
    parts = [];
    chars = 0;
    linkChars = 0;
    fileLinkChars = 0;
  };

  const addText = (raw: string) => {
    const n = visibleLength(raw);
    if (n === 0) {
      if (parts.length > 0) parts.push(raw);
      return;
    }
    if (chars === 0) lineFurniture = furniture;
    parts.push(raw);
    chars += n;
    if (link) {
      linkChars += n;
      if (link.file) fileLinkChars += n;
      if (link.text.length === 0) link.line = lines.length;
      link.text.push(raw);
    }
  };

  const enter = (el: Elem): boolean => {
    el.lineStart = lines.length;
    if (el.hidden || el.tag === 'head') return false;
    if (el.tag === 'br') {
      flush();
      return false;
    }
    if (BLOCK_TAGS.has(el.tag)) {
      flush();
      el.lineStart = lines.length;
      out.blocks.push(el);
    } else if (CELL_TAGS.has(el.tag)) {
      if (chars > 0) parts.push(CELL_MARK);
      out.blocks.push(el);
    }
    const tokens = classTokens(el);
    if (isContentMarker(el)) out.markers.push(el);
    if (isTitleElem(el, tokens)) out.headings.push(el);
    if (isRelatedElem(tokens)) out.relatedBlocks.push(el);
    if (isFurnitureElem(el, tokens)) {
      out.furnitureParent.set(el, furniture);
      furniture = el;
    }
    if (el.tag === 'pre') inPre++;
    // An embedded viewer (`<iframe src="…/viewer.html?file=….pdf">`) names an attachment too.
    const src = OPAQUE_TAGS.has(el.tag) ? (el.attrs.src ?? el.attrs.data) : undefined;
    const title = el.attrs.title ?? '';
    if (src) links.push({ href: src, text: '', title, line: lines.length, furniture });
    const href = el.tag === 'a' ? el.attrs.href : undefined;
    if (href && !link) {
      const file = hrefNamesFile(href);
      link = { el, href, title, text: [], line: lines.length, furniture, file };
    }
    return true;
  };

  const exit = (el: Elem) => {
    if (link?.el === el) {
      const { href, title, line } = link;
      const text = tidyLine(link.text.join(''));
      links.push({ href, title, text, line, furniture: link.furniture });
      link = null;
    }
    if (el.tag === 'pre') inPre--;
    if (furniture === el) furniture = out.furnitureParent.get(el) ?? null;
    if (BLOCK_TAGS.has(el.tag)) flush();
    el.lineEnd = lines.length + (chars > 0 ? 1 : 0);
  };

  const stack: Frame[] = [];
  if (enter(root)) stack.push({ el: root, next: 0 });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const kid = top.el.kids[top.next++];
    if (kid === undefined) {
      stack.pop();
      exit(top.el);
    } else if (typeof kid === 'string') {
      if (inPre > 0 && kid.includes('\n')) {
        kid.split('\n').forEach((piece, i) => {
          if (i > 0) flush();
          addText(piece);
        });
      } else addText(kid);
    } else if (enter(kid)) {
      stack.push({ el: kid, next: 0 });
    } else {
      kid.lineEnd = lines.length;
    }
  }
  flush();
  return out;
}
