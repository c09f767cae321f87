// In-memory stand-ins for the background's library (clipping edits, soft deletes, import) and
// settings, with the Dexie implementations' rules: a soft-deleted clipping cannot be edited,
// purge removes only soft-deleted ones, a merge keeps the newer updatedAt.
import type { LibraryContext } from '../../extension/lib/background/answer-library.ts';
import type { SiteSettings } from '../../extension/lib/sites/site-settings.ts';
import type { ClippingLibrary } from '../../extension/lib/storage/clipping-library.ts';
import { normalizeTags } from '../../extension/lib/storage/new-clipping.ts';
import type { SettingStore } from '../../extension/lib/storage/stores.ts';
import { planClippingMerge } from '../../shared/export/merge-clippings.ts';
import type { Clipping } from '../../shared/model.ts';

export interface FakeLibrary {
  library: LibraryContext;
  rows: Map<string, Clipping & { deletedAt?: string }>;
  settings: Map<string, unknown>;
  synced: SiteSettings[];
}

export function fakeLibraryContext(
  clippings: readonly Clipping[] = [],
  now = '2024-02-01T00:00:00.000Z',
): FakeLibrary {
  const rows = new Map<string, Clipping & { deletedAt?: string }>(
    clippings.map((c) => [c.id, { ...c }]),
  );
  const settingsMap = new Map<string, unknown>();
  const synced: SiteSettings[] = [];
  const clippingsLib: ClippingLibrary = {
    async update(id, note, tags) {
      const row = rows.get(id);
      if (!row || row.deletedAt) return undefined;
      const next = { ...row, note, tags: normalizeTags(tags), updatedAt: now };
      rows.set(id, next);
      return next;
    },
    async softDelete(ids) {
      const hit = ids.filter((id) => rows.get(id) && !rows.get(id)!.deletedAt);
      for (const id of hit) rows.get(id)!.deletedAt = now;
      return hit;
    },
    async restore(ids) {
      const back = ids.map((id) => rows.get(id)).filter((r) => r?.deletedAt);
      return back.map((r) => {
        const { deletedAt: _d, ...c } = r!;
        rows.set(c.id, c);
        return c;
      });
    },
    async purge(ids) {
      const gone = ids.filter((id) => rows.get(id)?.deletedAt);
      for (const id of gone) rows.delete(id);
      return gone;
    },
    purgeDeletedBefore: async () => [],
    async merge(incoming) {
      const plan = planClippingMerge((id) => rows.get(id), incoming);
      for (const c of plan.put) rows.set(c.id, c);
      return {
        added: plan.added,
        updated: plan.updated,
        unchanged: plan.unchanged,
        written: plan.put,
      };
    },
  };
  const settings: SettingStore = {
    async get(key, fallback, isValid) {
      const value = settingsMap.get(key);
      return isValid(value) ? value : fallback;
    },
    async set(key, value) {
      settingsMap.set(key, value);
    },
  };
  return {
    library: {
      clippings: clippingsLib,
      settings,
      sitesChanged: async (sites) => {
        synced.push(sites);
      },
    },
    rows,
    settings: settingsMap,
    synced,
  };
}
