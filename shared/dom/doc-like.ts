// The minimal document interface extraction runs on. The browser's `document` satisfies it,
// and so do linkedom/jsdom documents in Node, so the extension and the scraper share one
// extractor (the DocLike idea of Obsidian Clipper).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;

export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly parentNode: NodeLike | null;
  readonly childNodes: ArrayLike<NodeLike>;
  readonly firstChild: NodeLike | null;
  readonly nextSibling: NodeLike | null;
}

export interface ElementLike extends NodeLike {
  readonly tagName: string;
  readonly children: ArrayLike<ElementLike>;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
}

export interface DocLike {
  readonly documentElement: ElementLike | null;
  querySelector(selectors: string): ElementLike | null;
  querySelectorAll(selectors: string): ArrayLike<ElementLike>;
}
