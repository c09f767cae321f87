// A clipping as a CSL-JSON item (citeproc, pandoc, Zotero): the notice as a report
// (noticeToCsl), the quote as `abstract`, the note as `note` (Zotero: Extra), tags as `keyword`.
import type { Clipping } from '../model.ts';
import { clippingNotice } from './clipping-notice.ts';
import { type CslItem, noticeToCsl } from './csl-json.ts';

export function clippingToCsl(clipping: Clipping): CslItem {
  const item = noticeToCsl(clippingNotice(clipping), { abstractLength: 0 });
  if (clipping.tags.length) item.keyword = clipping.tags.join(', ');
  item.abstract = clipping.quote;
  if (clipping.note.trim()) item.note = clipping.note;
  return item;
}

/** A JSON array, one item per line (readable, and diffs well). */
export function clippingsToCslJson(clippings: Iterable<Clipping>): string {
  const items = Array.from(clippings, (c) => `  ${JSON.stringify(clippingToCsl(c))}`);
  return items.length ? `[\n${items.join(',\n')}\n]\n` : '[]\n';
}
