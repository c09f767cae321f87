// The stores over the Dexie database. Every write is one transaction: when it fails (storage
// full, the disk gone) IndexedDB rolls it back, so what was saved before stays as it was.
import type { Clipping, WatchRule } from '../../../shared/model.ts';
import { urlHostKey } from '../sites/site-hosts.ts';
import { isLive, type KjwatchDb, type StoredClipping } from './kjwatch-db.ts';
import { newClipping } from './new-clipping.ts';
import { guardWrite } from './storage-error.ts';
import type { ClippingStore, RuleStore, SettingStore } from './stores.ts';

export function withoutHost({
  host: _host,
  deletedAt: _deleted,
  ...clipping
}: StoredClipping): Clipping {
  return clipping;
}

export function createClippingStore(db: KjwatchDb, now = () => new Date()): ClippingStore {
  return {
    add: (draft, url) =>
      guardWrite('Saving the clipping', async () => {
        const clipping = newClipping(draft, url, now());
        await db.transaction('rw', db.clippings, () =>
          db.clippings.add({ ...clipping, host: urlHostKey(url) ?? '' }),
        );
        return clipping;
      }),
    forUrl: async (url) =>
      (await db.clippings.where('url').equals(url).filter(isLive).sortBy('createdAt')).map(
        withoutHost,
      ),
    // Filtered after reading: a Dexie filter() walks a cursor, many times slower than getAll.
    all: async () =>
      (await db.clippings.orderBy('createdAt').reverse().toArray()).filter(isLive).map(withoutHost),
    clippedUrls: async (urls) => {
      if (urls.length === 0) return [];
      // Rows, not index keys: a clipping waiting to be purged (deleted, undo offered) is gone.
      const rows = await db.clippings
        .where('url')
        .anyOf([...urls])
        .filter(isLive)
        .toArray();
      return [...new Set(rows.map((c) => c.url))];
    },
  };
}

export function createRuleStore(db: KjwatchDb): RuleStore {
  return {
    list: async () => (await db.rules.orderBy('position').toArray()).map((r) => r.rule),
    replace: (rules: readonly WatchRule[]) =>
      guardWrite('Saving the rules', () =>
        db.transaction('rw', db.rules, async () => {
          await db.rules.clear();
          await db.rules.bulkAdd(rules.map((rule, position) => ({ id: rule.id, position, rule })));
        }),
      ),
  };
}

export function createSettingStore(db: KjwatchDb): SettingStore {
  return {
    async get(key, fallback, isValid) {
      const row = await db.settings.get(key);
      return row && isValid(row.value) ? row.value : fallback;
    },
    set: (key, value) =>
      guardWrite(`Saving the setting ${key}`, async () => {
        await db.settings.put({ key, value });
      }),
  };
}
