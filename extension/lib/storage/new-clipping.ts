import type { Clipping } from '../../../shared/model.ts';
import type { ClippingDraft } from '../protocol/requests.ts';

/** Tags as a person means them: trimmed, no empties, no repeats, in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/** A new clipping of the page at `url`, made from a checked draft. */
export function newClipping(
  draft: ClippingDraft,
  url: string,
  now: Date,
  id: string = crypto.randomUUID(),
): Clipping {
  const at = now.toISOString();
  const clipping: Clipping = {
    id,
    url,
    pageTitle: draft.pageTitle,
    quote: draft.quote,
    selectors: draft.selectors,
    note: draft.note,
    tags: normalizeTags(draft.tags),
    color: draft.color,
    createdAt: at,
    updatedAt: at,
  };
  if (draft.notice) clipping.notice = draft.notice;
  return clipping;
}
