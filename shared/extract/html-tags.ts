// Which elements end a line, which hold no reader-visible text, which are table cells.
// The sets follow the HTML rendering section (display: block / none) closely enough for text:
// a notice's paragraphs are what a reader sees as separate blocks.

/** Never reach text: code, styling, ruby annotations (`學<rt>xué</rt>` reads `學`), widgets. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'rt',
  'rp',
  'svg',
  'math',
  'canvas',
  'select',
  'option',
  'textarea',
  'button',
]);

/** Kept as elements (their `src` can name an attachment) but their fallback content is not text. */
export const OPAQUE_TAGS: ReadonlySet<string> = new Set(['iframe', 'embed', 'object', 'frame']);

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'meta',
  'nav',
  'noframes',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'title',
  'tr',
  'ul',
  'iframe',
  'embed',
  'object',
  'video',
  'audio',
]);

/** Cells of one row share a line (joined by a tab) unless they hold blocks themselves. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
