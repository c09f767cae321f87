// How each clipping fared on the latest visit to its page. The content script re-anchors the
// page's clippings and reports the outcome; the background keeps it (schema version 3), so the
// side panel can show a clipping it could not find as orphaned — never attached elsewhere.
import type { OrphanReason } from '../../../shared/anchor/anchor.ts';

export type AnchorStatus = 'anchored' | 'orphaned';

/** A clipping the content script could not find on its page this visit, and why. */
export interface OrphanReport {
  id: string;
  reason: OrphanReason;
}

/** One clipping's state after the latest visit to its page. */
export interface AnchorState {
  clippingId: string;
  /** The page, as the clipping is filed (URL without fragment). */
  url: string;
  status: AnchorStatus;
  /** Why it is orphaned; absent when anchored. */
  reason?: OrphanReason;
  /** When the visit checked it (ISO 8601). */
  checkedAt: string;
}

export const ORPHAN_REASONS: ReadonlySet<OrphanReason> = new Set<OrphanReason>([
  'empty-quote',
  'not-found',
  'ambiguous',
  'weak-match',
]);
