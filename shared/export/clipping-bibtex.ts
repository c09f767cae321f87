// A clipping as a BibTeX entry: the notice's fields (noticeBibtexFields), the quote as the
// abstract, the note as `annote` (Zotero's BibTeX import makes it a child note) and the tags as
// `keywords` (comma-separated, as Zotero splits them).
import type { Clipping } from '../model.ts';
import {
  type BibtexField,
  bibtexEntry,
  bibtexEscape,
  bibtexKey,
  bibtexType,
  noticeBibtexFields,
} from './bibtex.ts';
import { clippingNotice } from './clipping-notice.ts';

export function clippingToBibtex(clipping: Clipping): string {
  const notice = clippingNotice(clipping);
  const fields: BibtexField[] = noticeBibtexFields(notice, { abstractLength: 0 });
  if (clipping.tags.length) {
    // A comma inside a tag would split it on import: the full-width comma keeps it whole.
    const tags = clipping.tags.map((t) => t.replaceAll(',', '，'));
    fields.push(['keywords', `{${bibtexEscape(tags.join(', '))}}`]);
  }
  fields.push(['abstract', `{${bibtexEscape(clipping.quote)}}`]);
  if (clipping.note.trim()) fields.push(['annote', `{${bibtexEscape(clipping.note)}}`]);
  return bibtexEntry(bibtexType(notice), bibtexKey(notice), fields);
}

export function clippingsToBibtex(clippings: Iterable<Clipping>): string {
  return Array.from(clippings, clippingToBibtex).join('\n');
}
