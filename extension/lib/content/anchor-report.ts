// Tells the background how the page's clippings fared, so the side panel can show those not
// found as orphaned. Sent when the outcome differs from the last one sent: a page that keeps
// changing does not turn into a stream of writes.
import type { OrphanReport } from '../protocol/anchor-states.ts';
import type { RequestOf } from '../protocol/requests.ts';
import type { ClipAnchor } from './clip-anchors.ts';

export type SendReport = (request: RequestOf<'clippings:reportAnchoring'>) => Promise<boolean>;

export function createAnchorReporter(send: SendReport) {
  let last = '';
  return async (anchors: readonly ClipAnchor[]): Promise<void> => {
    if (anchors.length === 0) return;
    const anchored: string[] = [];
    const orphaned: OrphanReport[] = [];
    for (const { clipping, result } of anchors) {
      if (result.status === 'orphan') orphaned.push({ id: clipping.id, reason: result.reason });
      else anchored.push(clipping.id);
    }
    const key = JSON.stringify([anchored, orphaned]);
    if (key === last) return;
    last = key;
    const sent = await send({ type: 'clippings:reportAnchoring', anchored, orphaned });
    if (!sent) last = ''; // try again after the next pass
  };
}
