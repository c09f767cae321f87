// A budget for what reaches the HTML parser. linkedom/htmlparser2 slow down more than linearly
// on pathological input (tens of thousands of nested elements, hundreds of thousands of tags),
// which real notices never have but broken or hostile pages do. Such a page is cut where it
// leaves the budget, so it still gives the notice its first part holds, in bounded time.

export const MAX_HTML_CHARS = 12_000_000;
export const MAX_TAGS = 120_000;
export const MAX_NESTING = 10_000;
/** Character references (`&amp;`, `&nbsp;`): linkedom pays about a microsecond for each. */
export const MAX_ENTITIES = 200_000;

const VOID = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
// Closed implicitly by their next sibling or parent: they do not nest when left open.
const SELF_CLOSING_SIBLINGS = new Set(
  'p li dt dd tr td th option optgroup tbody thead tfoot colgroup caption rb rt rp html head body'.split(
    ' ',
  ),
);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

export interface LimitedHtml {
  html: string;
  /** Why the page was cut, when it was. */
  truncated?: string;
}

const TAG_NAME = /<(\/?)([a-zA-Z][\w:-]*)/y;

/** The end of a raw-text element's content (`</script`), case-insensitively, from `from`. */
function rawTextEnd(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}`, 'gi');
  close.lastIndex = from;
  return close.exec(html)?.index ?? html.length;
}

/** Where the n-th `ch` stands, or -1 when there are fewer. */
function nthIndexOf(html: string, ch: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = html.indexOf(ch, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Below this length no limit can be reached (MAX_NESTING open tags take three characters
 * each; the other limits need more): most pages are not scanned at all.
 */
const WITHIN_EVERY_LIMIT = MAX_NESTING * 3;

export function limitHtml(input: string): LimitedHtml {
  if (input.length <= WITHIN_EVERY_LIMIT) return { html: input };
  let html = input;
  let truncated: string | undefined;
  if (html.length > MAX_HTML_CHARS) {
    html = html.slice(0, MAX_HTML_CHARS);
    truncated = `longer than ${MAX_HTML_CHARS} characters`;
  }
  const amp = nthIndexOf(html, '&', MAX_ENTITIES + 1);
  if (amp >= 0) {
    html = html.slice(0, amp);
    truncated = `holding more than ${MAX_ENTITIES} character references`;
  }
  let tags = 0;
  let depth = 0;
  // One forward pass with indexOf: every character is looked at a bounded number of times,
  // whatever the page holds (an unclosed `<a`, a megabyte without `>`).
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG_NAME.lastIndex = at;
    const m = TAG_NAME.exec(html);
    const end = m ? html.indexOf('>', at) : -1;
    if (!m || end < 0) {
      if (m) break; // a tag that never closes: nothing after it is a tag either
      at++;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    if (!closing) tags++;
    if (tags > MAX_TAGS || depth > MAX_NESTING) {
      const why =
        tags > MAX_TAGS ? `more than ${MAX_TAGS} elements` : `nested deeper than ${MAX_NESTING}`;
      return { html: html.slice(0, at), truncated: why };
    }
    at = end + 1;
    if (!closing && RAW_TEXT.has(name)) at = rawTextEnd(html, name, at);
    else if (!VOID.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && html[end - 1] !== '/') {
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
    }
  }
  return truncated ? { html, truncated } : { html };
}
