// The side panel's changes to clippings over the Dexie database, each one transaction. A soft
// delete sets `deletedAt` on the row and notes the id in the `pendingDeletes` setting, so the
// background can purge deletes whose undo window was never closed (the panel was shut) by
// reading one row instead of scanning every clipping.
import { planClippingMerge } from '../../../shared/export/merge-clippings.ts';
import type { Clipping } from '../../../shared/model.ts';
import { urlHostKey } from '../sites/site-hosts.ts';
import type { ClippingLibrary } from './clipping-library.ts';
import { withoutHost } from './dexie-stores.ts';
import type { KjwatchDb, StoredClipping } from './kjwatch-db.ts';
import { normalizeTags } from './new-clipping.ts';
import { guardWrite } from './storage-error.ts';

const PENDING = 'pendingDeletes';

interface Pending {
  id: string;
  at: string;
}

async function pending(db: KjwatchDb): Promise<Pending[]> {
  const row = await db.settings.get(PENDING);
  return Array.isArray(row?.value) ? (row.value as Pending[]) : [];
}

async function setPending(db: KjwatchDb, list: Pending[]): Promise<void> {
  await db.settings.put({ key: PENDING, value: list });
}

const toRow = (c: Clipping): StoredClipping => ({ ...c, host: urlHostKey(c.url) ?? '' });

export function createClippingLibrary(db: KjwatchDb, now = () => new Date()): ClippingLibrary {
  const purge = (ids: readonly string[]) =>
    guardWrite('Deleting the clippings', () =>
      db.transaction('rw', [db.clippings, db.settings, db.anchorStates], async () => {
        const rows = await db.clippings.bulkGet([...ids]);
        const gone = rows.filter((r) => r?.deletedAt !== undefined).map((r) => r!.id);
        await db.clippings.bulkDelete(gone);
        // Where a deleted clipping was last found means nothing any more.
        await db.anchorStates.bulkDelete(gone);
        const removed = new Set(gone);
        await setPending(
          db,
          (await pending(db)).filter((p) => !removed.has(p.id)),
        );
        return gone;
      }),
    );
  return {
    update: (id, note, tags) =>
      guardWrite('Saving the clipping', () =>
        db.transaction('rw', db.clippings, async () => {
          const row = await db.clippings.get(id);
          if (!row || row.deletedAt !== undefined) return undefined;
          const next = { ...row, note, tags: normalizeTags(tags), updatedAt: now().toISOString() };
          await db.clippings.put(next);
          return withoutHost(next);
        }),
      ),
    softDelete: (ids) =>
      guardWrite('Deleting the clippings', () =>
        db.transaction('rw', db.clippings, db.settings, async () => {
          const at = now().toISOString();
          const rows = (await db.clippings.bulkGet([...ids])).filter(
            (r): r is StoredClipping => r !== undefined && r.deletedAt === undefined,
          );
          await db.clippings.bulkPut(rows.map((r) => ({ ...r, deletedAt: at })));
          await setPending(db, [...(await pending(db)), ...rows.map((r) => ({ id: r.id, at }))]);
          return rows.map((r) => r.id);
        }),
      ),
    restore: (ids) =>
      guardWrite('Restoring the clippings', () =>
        db.transaction('rw', db.clippings, db.settings, async () => {
          const rows = (await db.clippings.bulkGet([...ids])).filter(
            (r): r is StoredClipping => r?.deletedAt !== undefined,
          );
          const back = rows.map(({ deletedAt: _d, ...row }) => row);
          await db.clippings.bulkPut(back);
          const restored = new Set(back.map((r) => r.id));
          await setPending(
            db,
            (await pending(db)).filter((p) => !restored.has(p.id)),
          );
          return back.map(withoutHost);
        }),
      ),
    purge,
    purgeDeletedBefore: async (time) => {
      const due = (await pending(db)).filter((p) => Date.parse(p.at) < time.getTime());
      return due.length ? purge(due.map((p) => p.id)) : [];
    },
    merge: (clippings) =>
      guardWrite('Importing the clippings', () =>
        db.transaction('rw', db.clippings, async () => {
          const ids = [...new Set(clippings.map((c) => c.id))];
          const stored = new Map<string, StoredClipping>();
          for (const row of await db.clippings.bulkGet(ids)) if (row) stored.set(row.id, row);
          const plan = planClippingMerge((id) => stored.get(id), clippings);
          await db.clippings.bulkPut(plan.put.map(toRow));
          const { added, updated, unchanged } = plan;
          return { added, updated, unchanged, written: plan.put };
        }),
      ),
  };
}
