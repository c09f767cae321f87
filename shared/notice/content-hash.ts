// What counts as a change of a notice's content. Two fetches of one page that differ only in
// whitespace, Unicode composition or the fetch time are the same content; a changed title,
// date, 文号, body or attachment list is a new version (the store keeps every version).
import { hashString } from '../extract/hash-string.ts';
import type { Notice } from '../model.ts';
import { foldText } from '../text/fold-text.ts';

/** NFC with whitespace runs collapsed: the layout noise between two fetches of one page. */
export function normalizeForHash(text: string | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * A pure hash of the normalised content fields. Leaves out what is not content: `id` and
 * `url` (identity), `fetchedAt`, `matches` (depends on the rules) and `related` (sidebars
 * change without the notice changing).
 */
export function noticeContentHash(notice: Notice): string {
  const fields = [
    notice.title,
    notice.publishedAt,
    notice.publisher,
    notice.documentNumber,
    notice.indexNumber,
    notice.column,
    notice.bodyText,
    ...notice.attachments.flatMap((a) => [a.name, a.url]),
  ].map(normalizeForHash);
  // A separator that normalised text cannot contain keeps ["ab", ""] apart from ["a", "b"].
  return hashString(fields.join('\u0000'));
}

// One-entry memo: saving a notice needs the comparable body for its fingerprint, its repost bands
// and the repost check, three folds of the same text otherwise. Pure, so the memo is invisible.
let lastBodyText: string | undefined;
let lastComparable = '';

/**
 * The body as reposts share it: folded (script, width, case) and without any whitespace, so a
 * copy re-typeset by another site's CMS has the same fingerprint.
 */
export function comparableBody(bodyText: string): string {
  if (bodyText !== lastBodyText) {
    lastComparable = foldText(bodyText).text.replace(/\s+/gu, '');
    lastBodyText = bodyText;
  }
  return lastComparable;
}

export function bodyFingerprint(bodyText: string): string {
  return hashString(comparableBody(bodyText));
}
