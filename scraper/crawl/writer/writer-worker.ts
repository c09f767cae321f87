// The writer thread's body: answers WriterRequests for every crawl of the process, each through
// its own connection to its store. Saves are synchronous transactions, run one at a time in the
// order they arrive, so "one transaction per notice" and every guarantee of the store (rollback
// on a full disk…) hold as on the crawl's thread. The raw page is gzipped here, inside the save.
import { parentPort } from 'node:worker_threads';
import { openStore } from '../../store/open-store.ts';
import { StoreError } from '../../store/store-error.ts';
import type { Store } from '../../store/store-types.ts';
import { WarcWriter } from './warc-writer.ts';
import type { WarcFile, WriterFailure, WriterReply, WriterRequest } from './writer-protocol.ts';

const port = parentPort;
if (!port) throw new Error('writer-worker.ts runs as a worker thread');

function failure(err: unknown): WriterFailure {
  const message = err instanceof Error ? err.message : String(err);
  return err instanceof StoreError ? { message, storeErrorKind: err.kind } : { message };
}

// A store that did not open keeps its error: every later request of that crawl fails with the
// reason, as a save on the crawl's own thread would have.
const stores = new Map<number, Store | Error>();

/** Each crawl's WARC files, by path. */
const warcs = new Map<number, Map<string, WarcWriter>>();
const warcOf = (store: number, file: WarcFile) => {
  const files = warcs.get(store) ?? new Map<string, WarcWriter>();
  warcs.set(store, files);
  const writer = files.get(file.path) ?? new WarcWriter(file.path, file.software);
  files.set(file.path, writer);
  return writer;
};

function storeOf(req: WriterRequest): Store {
  const store = stores.get(req.store);
  if (store instanceof Error) throw store;
  if (!store) throw new Error(`the writer thread has no open store #${req.store}`);
  return store;
}

async function handle(req: WriterRequest): Promise<unknown> {
  switch (req.op) {
    case 'open':
      try {
        stores.set(req.store, openStore(req.file.path, req.file.options));
      } catch (err) {
        stores.set(req.store, err instanceof Error ? err : new Error(String(err)));
        throw err;
      }
      return undefined;
    case 'saveNotice':
      return storeOf(req).saveNotice(req.notice, req.raw ? { raw: req.raw } : {});
    case 'saveAttachment':
      return storeOf(req).saveAttachment(req.input);
    case 'recordRun':
      return storeOf(req).recordRun(req.run);
    case 'warc':
      return warcOf(req.store, req.file).write(req.response);
    case 'close': {
      const store = stores.get(req.store);
      stores.delete(req.store);
      warcs.delete(req.store);
      if (store && !(store instanceof Error)) store.close();
      return undefined;
    }
  }
}

port.on('message', (req: WriterRequest) => {
  handle(req).then(
    (value) => answer({ id: req.id, ok: true, value }),
    (err: unknown) => answer({ id: req.id, ok: false, error: failure(err) }),
  );
});

function answer(reply: WriterReply): void {
  port?.postMessage(reply);
}
