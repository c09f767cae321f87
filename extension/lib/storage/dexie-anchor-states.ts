// Anchor states over the Dexie database (schema version 3). A visit's report replaces the
// page's earlier states in one transaction, so the table never holds half a visit.
import type { AnchorState } from '../protocol/anchor-states.ts';
import type { KjwatchDb } from './kjwatch-db.ts';
import { guardWrite } from './storage-error.ts';
import type { AnchorStateStore } from './stores.ts';

export function createAnchorStateStore(db: KjwatchDb): AnchorStateStore {
  return {
    record: (url, outcomes, at) =>
      guardWrite('Recording where the clippings were found', () =>
        db.transaction('rw', db.anchorStates, async () => {
          const checkedAt = at.toISOString();
          const rows = outcomes.map(({ clippingId, status, reason }): AnchorState => {
            const row: AnchorState = { clippingId, url, status, checkedAt };
            if (status === 'orphaned' && reason) row.reason = reason;
            return row;
          });
          const reported = new Set(rows.map((r) => r.clippingId));
          await db.anchorStates
            .where('url')
            .equals(url)
            .filter((s) => !reported.has(s.clippingId))
            .delete();
          await db.anchorStates.bulkPut(rows);
        }),
      ),
    all: () => db.anchorStates.toArray(),
  };
}
