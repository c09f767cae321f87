// The side panel and options page as a test drives them: opened once they have rendered, files
// they download read back, and the database rows behind them (soft-deleted ones included)
// read or written from the extension's service worker.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import type { AnchorState } from '../../../extension/lib/protocol/anchor-states.ts';
import { openExtensionPage } from './extension-pages.ts';
import type { ExtensionSession } from './launch-extension.ts';

/** sidepanel.html or options.html, once its first render is done (`data-ready` on #app). */
export async function openReadyPage(session: ExtensionSession, path: string): Promise<Page> {
  const page = await openExtensionPage(session, path);
  await page.waitForSelector('#app[data-ready]', { state: 'attached', timeout: 20_000 });
  return page;
}

export interface DownloadedFile {
  name: string;
  bytes: Buffer;
  /** UTF-8, BOM kept. */
  text: string;
  path: string;
}

/** Clicks, waits for the download the click starts, and reads the file. */
export async function download(page: Page, click: () => Promise<void>): Promise<DownloadedFile> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  const path = await file.path();
  const bytes = readFileSync(path);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8'), path };
}

type Row = Record<string, unknown> & { id: string };

function inStore<T>(
  worker: Worker,
  store: string,
  action: 'getAll' | 'clear',
  rows?: unknown[],
): Promise<T> {
  return worker.evaluate(
    ({ store, action, rows }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('kjwatch');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const row of rows ?? []) os.put(row);
          const request = action === 'getAll' ? os.getAll() : os.clear();
          tx.oncomplete = () => {
            db.close();
            resolve(request.result as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, action, rows },
  );
}

/** Every stored clipping row, soft-deleted ones too, by id. */
export async function clippingRows(worker: Worker): Promise<Row[]> {
  const rows = await inStore<Row[]>(worker, 'clippings', 'getAll');
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

export function clearClippings(worker: Worker): Promise<void> {
  return inStore<void>(worker, 'clippings', 'clear');
}

/** Records visits' anchoring outcomes, as the content script's reports would. */
export async function putAnchorStates(worker: Worker, states: AnchorState[]): Promise<void> {
  await inStore<unknown>(worker, 'anchorStates', 'getAll', states);
}
