// The second mark on list entries: `data-kjwatch-clipped` on each entry whose link has
// clippings. The background answers which links are clipped (the clippings live there); the
// answers are remembered for the page's life, so a re-marking pass asks only about new links.

import { CLIPPED_ATTRIBUTE } from './clip-styles.ts';
import type { PageEntry } from './page-entries.ts';

/** One message holds at most this many links (the background's bound). */
const BATCH = 5_000;

export type AskClipped = (urls: string[]) => Promise<string[] | undefined>;

export function createClippedLookup(ask: AskClipped) {
  const known = new Map<string, boolean>();
  return {
    /** The entries whose link has clippings. */
    async clippedEntries(entries: readonly PageEntry[]): Promise<Set<Element>> {
      const unknown = [...new Set(entries.map((e) => e.url))].filter((u) => !known.has(u));
      for (let i = 0; i < unknown.length; i += BATCH) {
        const batch = unknown.slice(i, i + BATCH);
        const clipped = await ask(batch);
        // Unanswered (background unavailable): ask again on the next pass.
        if (!clipped) continue;
        const yes = new Set(clipped);
        for (const url of batch) known.set(url, yes.has(url));
      }
      return new Set(entries.filter((e) => known.get(e.url)).map((e) => e.element));
    },
  };
}

export type ClippedLookup = ReturnType<typeof createClippedLookup>;

/** Sets the attribute on exactly these entries, removing it from those of an earlier pass. */
export function applyClippedMarks(doc: Document, clipped: ReadonlySet<Element>): void {
  for (const el of doc.querySelectorAll(`[${CLIPPED_ATTRIBUTE}]`)) {
    if (!clipped.has(el)) el.removeAttribute(CLIPPED_ATTRIBUTE);
  }
  for (const el of clipped) el.setAttribute(CLIPPED_ATTRIBUTE, '');
}
