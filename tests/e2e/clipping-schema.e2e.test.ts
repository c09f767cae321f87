// Schema version 3 (anchor states) over a database the previous release (version 2) wrote:
// nothing is lost, the new table is there and empty, and the next visit fills it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urlHostKey } from '../../extension/lib/sites/site-hosts.ts';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_VERSION } from '../../extension/lib/storage/schema.ts';
import { anchorStates, storedClippings, waitForClips } from './harness/clip-ui.ts';
import { type ExtensionSession, launchExtension } from './harness/launch-extension.ts';
import { allSitePages, e2ePage } from './harness/site-pages.ts';
import { httpAddress, type SiteServer, startSiteServer } from './harness/site-server.ts';
import { fakeClipping, loadDexieInWorker } from './harness/stored-data.ts';

describe('schema version 3: anchor states', () => {
  let server: SiteServer;
  let session: ExtensionSession;
  const article = httpAddress(e2ePage('most-split-term.html').url);
  const v2 = [
    fakeClipping({ url: article, quote: '反馈意见已全部办结' }),
    fakeClipping({ url: 'https://www.most.gov.cn/tztg/a.html', tags: ['巡视'] }),
  ];

  beforeAll(async () => {
    server = await startSiteServer(allSitePages());
    session = await launchExtension(server.port);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('upgrades a version 2 database without losing anything', async () => {
    // Written by Dexie with the schema of versions 1 and 2, before the extension opened it.
    await loadDexieInWorker(session.worker);
    await session.worker.evaluate(
      async ({ v1, v2, clippings }) => {
        type Table = { bulkAdd(rows: unknown[]): Promise<unknown> };
        type Db = { version(n: number): { stores(s: unknown): void }; close(): void } & Record<
          string,
          Table
        >;
        const Dexie = (globalThis as unknown as { Dexie: new (name: string) => Db }).Dexie;
        const db = new Dexie('kjwatch');
        db.version(1).stores(v1);
        db.version(2).stores(v2);
        await db.clippings!.bulkAdd(clippings);
        await db.rules!.bulkAdd([
          { id: 'inspection', position: 0, rule: { id: 'inspection', any: ['巡视'] } },
        ]);
        db.close();
      },
      {
        v1: SCHEMA_V1,
        v2: SCHEMA_V2,
        clippings: v2.map((c) => ({ ...c, host: urlHostKey(c.url) ?? '' })),
      },
    );
    expect(await storedClippings(session)).toEqual([...v2].reverse());
    expect(await anchorStates(session)).toEqual([]);
    const after = await session.worker.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; indexes: string[] }>((resolve) => {
          const open = indexedDB.open('kjwatch');
          open.onsuccess = () => {
            const db = open.result;
            const store = db.transaction('anchorStates').objectStore('anchorStates');
            resolve({
              version: db.version,
              stores: Array.from(db.objectStoreNames).sort(),
              indexes: [store.keyPath as string, ...Array.from(store.indexNames).sort()],
            });
            db.close();
          };
        }),
    );
    // Dexie stores version n as IndexedDB version 10n.
    expect(after.version).toBe(SCHEMA_VERSION * 10);
    expect(after.stores).toEqual(['anchorStates', 'clippings', 'rules', 'settings']);
    expect(after.indexes).toEqual(['clippingId', 'status', 'url']);
  });

  it('fills the new table on the next visit to the page', async () => {
    const page = await session.context.newPage();
    await page.goto(article);
    expect(await waitForClips(page)).toBe(1);
    await expect
      .poll(async () => (await anchorStates(session)).map((s) => [s.clippingId, s.status]))
      .toEqual([[v2[0]!.id, 'anchored']]);
  });
});
