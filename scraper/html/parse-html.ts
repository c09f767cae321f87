import { parseHTML } from 'linkedom';
import type { DocLike } from '../../shared/dom/doc-like.ts';

/**
 * Parses HTML into a DocLike for the shared extractor. linkedom (htmlparser2 underneath) is
 * forgiving of the broken markup government CMSs emit and much faster than jsdom.
 */
export function parseHtml(html: string): DocLike {
  return parseHTML(html).document as unknown as DocLike;
}
