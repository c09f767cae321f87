// Test data in the extension's database, written from inside the extension's service worker
// (its origin) with plain IndexedDB or with Dexie itself — never through a page.
import { readFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { urlHostKey } from '../../../extension/lib/sites/site-hosts.ts';
import type { Clipping } from '../../../shared/model.ts';
import { REPO_ROOT } from './paths.ts';

let sequence = 0;

export function fakeClipping(fields: Partial<Clipping> & { url: string }): Clipping {
  sequence++;
  const quote = fields.quote ?? `摘录${sequence}`;
  const at = new Date(Date.UTC(2024, 0, 1, 0, 0, sequence)).toISOString();
  return {
    id: `test-${sequence}`,
    pageTitle: '测试页面',
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: quote.length },
    ],
    note: '',
    tags: [],
    color: '#ffd54f',
    createdAt: at,
    updatedAt: at,
    ...fields,
  };
}

/** Adds clippings to the existing (current-version) database, as the extension stores them. */
export function putClippingsRaw(worker: Worker, clippings: readonly Clipping[]): Promise<void> {
  const rows = clippings.map((c) => ({ ...c, host: urlHostKey(c.url) ?? '' }));
  return worker.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kjwatch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('clippings', 'readwrite');
          for (const r of records) tx.objectStore('clippings').put(r);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

/**
 * Defines `Dexie` in the service worker's global scope, from the package's UMD build, so a test
 * can write a database exactly as an older kjwatch (an older schema) would have.
 */
export async function loadDexieInWorker(worker: Worker): Promise<void> {
  const source = readFileSync(`${REPO_ROOT}node_modules/dexie/dist/dexie.js`, 'utf8');
  await worker.evaluate(`${source}\n;typeof globalThis.Dexie`);
}
