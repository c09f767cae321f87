// The extension's database: a database written by the first schema version is upgraded in
// place (nothing lost, the new host index filled), and a write that does not fit (storage full)
// is refused with a clear error while everything saved before stays readable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_VERSION } from '../../extension/lib/storage/schema.ts';
import type { WatchRule } from '../../shared/model.ts';
import { openExtensionPage, rulesFile, sendFromPage } from './harness/extension-pages.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { allSitePages } from './harness/site-pages.ts';
import { type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, loadDexieInWorker, putClippingsRaw } from './harness/stored-data.ts';

/**
 * Rules worth a few megabytes. The terms are varied Han characters: Chrome compresses what
 * IndexedDB stores, and repetitive text would shrink to almost nothing.
 */
function bulkyRules(count: number): WatchRule[] {
  let seed = 1;
  const han = () => {
    seed = (seed * 48271) % 2147483647;
    return String.fromCharCode(0x4e00 + (seed % 20000));
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `rule-${i}`,
    any: Array.from({ length: 50 }, () => Array.from({ length: 100 }, han).join('')),
  }));
}

describe('the extension database', () => {
  let server: SiteServer;
  let session: ExtensionSession;

  // A fresh browser profile per test: each starts with no database at all.
  beforeEach(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
  });
  afterEach(async () => {
    await session?.close();
    await server?.close();
  });

  it('upgrades a version 1 database without losing anything', async () => {
    const v1 = [
      fakeClipping({ url: 'https://www.most.gov.cn/tztg/202401/t20240105_1.html', tags: ['巡视'] }),
      fakeClipping({ url: 'http://siom.cas.cn/xwzx/zhxw/202012/t20201217_2.html' }),
    ];
    const rule: WatchRule = { id: 'inspection', any: ['巡视'] };
    // Written by Dexie with the version 1 schema, before the extension ever opened its database.
    await loadDexieInWorker(session.worker);
    await session.worker.evaluate(
      async ({ schema, clippings, rules }) => {
        type Table = { bulkAdd(rows: unknown[]): Promise<unknown> };
        type Db = { version(n: number): { stores(s: unknown): void }; close(): void } & Record<
          string,
          Table
        >;
        const Dexie = (globalThis as unknown as { Dexie: new (name: string) => Db }).Dexie;
        const db = new Dexie('kjwatch');
        db.version(1).stores(schema);
        await db.clippings!.bulkAdd(clippings);
        await db.rules!.bulkAdd(rules.map((rule, position) => ({ id: rule.id, position, rule })));
        db.close();
      },
      { schema: SCHEMA_V1, clippings: v1, rules: [rule] },
    );

    const options = await openExtensionPage(session);
    const listed = await sendFromPage(options, { type: 'clippings:list' });
    expect(listed).toEqual({ ok: true, value: { clippings: [...v1].reverse() } });
    expect(await sendFromPage(options, { type: 'rules:list' })).toEqual({
      ok: true,
      value: { rules: [rule] },
    });

    const after = await session.worker.evaluate(
      () =>
        new Promise<{ version: number; indexes: string[]; byHost: string[] }>((resolve) => {
          const open = indexedDB.open('kjwatch');
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('clippings').objectStore('clippings');
            const get = store.index('host').getAll('most.gov.cn');
            get.onsuccess = () => {
              resolve({
                version: db.version,
                indexes: Array.from(store.indexNames).sort(),
                byHost: (get.result as { id: string }[]).map((c) => c.id),
              });
              db.close();
            };
          };
        }),
    );
    // Dexie stores version n as IndexedDB version 10n.
    expect(after.version).toBe(SCHEMA_VERSION * 10);
    expect(after.indexes).toEqual(['createdAt', 'host', 'tags', 'url']);
    expect(after.byHost).toEqual([v1[0]!.id]);
  });

  it('refuses a write when storage is full and keeps what was saved', async () => {
    const options = await openExtensionPage(session);
    // Room for a little more than the extension uses now: the first rules and a clipping fit,
    // a few megabytes of rules do not. (Set before the database opens: Chromium applies a quota
    // override to connections opened after it.)
    const cdp = await session.context.newCDPSession(options);
    const origin = `chrome-extension://${session.extensionId}`;
    const { usage } = await options.evaluate(() => navigator.storage.estimate());
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin,
      quotaSize: (usage ?? 0) + 256 * 1024,
    });

    const saved: WatchRule[] = [{ id: 'inspection', name: '巡视', any: ['巡视', '巡察'] }];
    expect(await sendFromPage(options, { type: 'rules:replace', file: rulesFile(saved) })).toEqual({
      ok: true,
      value: { rules: saved },
    });
    const clipping = fakeClipping({ url: 'https://www.most.gov.cn/tztg/a.html' });
    await putClippingsRaw(session.worker, [clipping]);

    const big = bulkyRules(200);
    const refused = await sendFromPage(options, { type: 'rules:replace', file: rulesFile(big) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage-full' } });

    expect(await sendFromPage(options, { type: 'rules:list' })).toEqual({
      ok: true,
      value: { rules: saved },
    });
    expect(await sendFromPage(options, { type: 'clippings:list' })).toEqual({
      ok: true,
      value: { clippings: [clipping] },
    });
  });
});
