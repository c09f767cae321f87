// The writer thread's body: answers WriterRequests for every crawl of the process, each through
// its own connection to its store. Detail pages are extracted as they arrive (the crawl's thread
// only fetches them: parsing and extracting was two thirds of a bare crawl's time), and handed
// back as notices for the crawl to save; list pages sent here are read the same way. Saves run
// in the order they arrive. Those that arrive within a few milliseconds of each other are
// committed together (store.saveNotices, which falls back to a savepoint per notice when one
// fails) and answered after the commit: every guarantee of the store (rollback on a full disk…)
// holds per notice as on the crawl's thread. The raw page is gzipped here, with the same deflate
// as its WARC record when the record comes with the save.
import { parentPort } from 'node:worker_threads';
import type { RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
import { gzipMember } from '../../store/deflate-parts.ts';
import { openStore } from '../../store/open-store.ts';
import { StoreError } from '../../store/store-error.ts';
import type { SaveOutcome, Store } from '../../store/store-types.ts';
import { listFromPage } from '../list-from-page.ts';
import { matcherOf, noticeFromPage } from '../notice-from-page.ts';
import { shareBody, WarcWriter } from './warc-writer.ts';
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
/** Each crawl's watch rules, compiled. */
const matchers = new Map<number, RuleMatcher | undefined>();

/** Each crawl's WARC files, by path. */
const warcs = new Map<number, Map<string, WarcWriter>>();
const warcOf = (store: number, file: WarcFile) => {
  const files = warcs.get(store) ?? new Map<string, WarcWriter>();
  warcs.set(store, files);
  const writer = files.get(file.path) ?? new WarcWriter(file.path, file.software);
  files.set(file.path, writer);
  return writer;
};

/** Each crawl's records handed over with saves and not yet written (see writeRecordOfSave). */
const recordsOfSaves = new Map<number, Set<Promise<void>>>();

/** Saves are batched (saveBatch below); every other request is handled as it comes. */
type SaveRequest = Extract<WriterRequest, { op: 'saveNotice' }>;

function storeOf(req: WriterRequest): Store {
  const store = stores.get(req.store);
  if (store instanceof Error) throw store;
  if (!store) throw new Error(`the writer thread has no open store #${req.store}`);
  return store;
}

async function handle(req: Exclude<WriterRequest, SaveRequest>): Promise<unknown> {
  switch (req.op) {
    case 'open':
      try {
        matchers.set(req.store, matcherOf(req.rules));
        stores.set(req.store, openStore(req.file.path, req.file.options));
      } catch (err) {
        stores.set(req.store, err instanceof Error ? err : new Error(String(err)));
        throw err;
      }
      return undefined;
    case 'extract':
      return noticeFromPage(req.page, req.profile, req.listed, matchers.get(req.store));
    case 'readList':
      return listFromPage(req.page, req.profile, req.paging);
    case 'saveAttachment':
      return storeOf(req).saveAttachment(req.input);
    case 'recordRun':
      return storeOf(req).recordRun(req.run);
    case 'flush':
      return undefined; // the batch went out before this request was handled
    case 'warc':
      return warcOf(req.store, req.file).write(req.response);
    case 'close': {
      // The crawl is over once its records are in its WARC files, not only its saves.
      await Promise.all(recordsOfSaves.get(req.store) ?? []);
      recordsOfSaves.delete(req.store);
      const store = stores.get(req.store);
      stores.delete(req.store);
      matchers.delete(req.store);
      warcs.delete(req.store);
      if (store && !(store instanceof Error)) store.close();
      return undefined;
    }
  }
}

/**
 * How long the first save of a batch waits for company, and the most a batch holds. The crawl
 * does not wait for its saves (pending-saves.ts), so a few milliseconds cost it nothing, as long
 * as the crawl is not itself waiting: a host stops handing over saves when 32 are unanswered
 * (MAX_WRITES_IN_FLIGHT), so FULL_ENOUGH must stay well below that, and a batch that size is
 * saved as soon as the messages already here are read. Each commit writes the pages its
 * notices touched (FTS5 segments most): the demo's notices saved in batches of 4 took ~199 ms,
 * in batches of 16 ~169. In a demo crawl, batches of 4–5 on average kept the writer busy
 * ~330 ms; these limits make them ~11 and the writer ~290 ms.
 */
const BATCH_WINDOW_MS = 10;
const FULL_ENOUGH = 16;
const MAX_BATCH = 32;

let batch: SaveRequest[] = [];
let flushTimer: NodeJS.Timeout | undefined;
let flushSoon: NodeJS.Immediate | undefined;

function saveBatch(): void {
  clearTimeout(flushTimer);
  clearImmediate(flushSoon);
  flushTimer = undefined;
  flushSoon = undefined;
  const saves = batch;
  batch = [];
  // One transaction per store, in the order the saves arrived.
  for (let start = 0; start < saves.length; ) {
    let end = start + 1;
    while (end < saves.length && saves[end]!.store === saves[start]!.store) end++;
    const group = saves.slice(start, end);
    let outcomes: SaveOutcome[];
    try {
      outcomes = storeOf(group[0]!).saveNotices(
        group.map((req) =>
          req.raw ? { notice: req.notice, raw: req.raw } : { notice: req.notice },
        ),
      );
    } catch (error) {
      outcomes = group.map(() => ({ ok: false, error }));
    }
    group.forEach((req, i) => {
      const outcome = outcomes[i]!;
      answer(
        outcome.ok
          ? { id: req.id, ok: true, value: outcome.value }
          : { id: req.id, ok: false, error: failure(outcome.error) },
      );
    });
    start = end;
  }
}

/**
 * A detail page's record goes out at once, as one sent on its own would, its body deflated and
 * hashed once for the record and for the raw page the save will keep. A record that cannot be
 * written does not fail the save: the store keeps the evidence too.
 */
function writeRecordOfSave(req: SaveRequest): void {
  const { warc, raw } = req;
  if (!warc) return;
  const body = warc.response.body;
  // The same bytes: structured cloning keeps one object sent twice in a message one object.
  const shared = raw && raw.body === body ? shareBody(body) : undefined;
  if (raw && shared) req.raw = { ...raw, gzip: gzipMember([shared.part]), sha256: shared.sha256 };
  const records = recordsOfSaves.get(req.store) ?? new Set<Promise<void>>();
  recordsOfSaves.set(req.store, records);
  const record: Promise<void> = warcOf(req.store, warc.file)
    .write(warc.response, shared)
    .catch(() => {})
    .finally(() => records.delete(record));
  records.add(record);
}

port.on('message', (req: WriterRequest) => {
  if (req.op === 'saveNotice') {
    writeRecordOfSave(req);
    batch.push(req);
    if (batch.length >= MAX_BATCH) saveBatch();
    else if (batch.length >= FULL_ENOUGH) flushSoon ??= setImmediate(saveBatch);
    else flushTimer ??= setTimeout(saveBatch, BATCH_WINDOW_MS);
    return;
  }
  // Anything but a WARC record or a page to read may depend on the saves sent before it (a
  // run's record, a close).
  const reading = req.op === 'warc' || req.op === 'extract' || req.op === 'readList';
  if (!reading && batch.length > 0) saveBatch();
  handle(req).then(
    (value) => answer({ id: req.id, ok: true, value }),
    (err: unknown) => answer({ id: req.id, ok: false, error: failure(err) }),
  );
});

function answer(reply: WriterReply): void {
  port?.postMessage(reply);
}
