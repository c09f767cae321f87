import { parseHTML } from 'linkedom';
import type { DocLike } from '../../shared/dom/doc-like.ts';

// Old CMS templates write `<A HREF=…>` and `<META NAME=…>`. HTML attribute names are
// case-insensitive, but linkedom keeps them as written, so getAttribute('href') and [href]
// selectors would miss them. Cheap test first: most pages have no upper-case attribute at all.
const UPPER_CASE_ATTRIBUTE = /<[a-zA-Z][^>]*?\s[a-zA-Z-]*[A-Z][a-zA-Z-]*\s*=/;

function lowerCaseAttributeNames(document: ReturnType<typeof parseHTML>['document']): void {
  for (const element of document.querySelectorAll('*')) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      element.removeAttribute(name);
      if (!element.hasAttribute(lower)) element.setAttribute(lower, value);
    }
  }
}

/**
 * Parses HTML into a DocLike for the shared extractor. linkedom (htmlparser2 underneath) is
 * forgiving of the broken markup government CMSs emit and much faster than jsdom.
 */
export function parseHtml(html: string): DocLike {
  const { document } = parseHTML(html);
  if (UPPER_CASE_ATTRIBUTE.test(html)) lowerCaseAttributeNames(document);
  return document as unknown as DocLike;
}
