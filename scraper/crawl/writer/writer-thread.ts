// The crawl's side of the writer thread: each call posts one request and resolves with the
// thread's answer. A thread that dies fails what it had not answered and everything after, with
// one line that says so; what it had committed stays committed (each answer follows its commit).
//
// One thread serves every crawl of the process (`schedule` runs them one after another, and in
// parallel for different sites), each crawl through its own connection, and stays up, idle and
// not holding the process open, for a while after the last: a new thread pays ~0.3 s of loading,
// and its code runs unoptimised at first, which every scheduled run would pay again.
import { Worker } from 'node:worker_threads';
import type { Notice, WatchRule } from '../../../shared/model.ts';
import type { RuleMatcher } from '../../../shared/rules/rule-matcher.ts';
import { StoreError } from '../../store/store-error.ts';
import type { SavedAttachment, SaveResult, Store } from '../../store/store-types.ts';
import { type ListReading, listFromPage } from '../list-from-page.ts';
import { matcherOf, noticeFromPage, type PageToExtract } from '../notice-from-page.ts';
import type { CrawlWriter, WarcSink } from './crawl-writer.ts';
import { type WarcResponse, warcFilePath } from './warc-writer.ts';
import type { WarcFile, WriterFailure, WriterReply, WriterRequest } from './writer-protocol.ts';

const IDLE_MS = 60_000;
/**
 * Detail pages waiting on the thread to be extracted, beyond which the crawl's thread extracts
 * the next one itself. Each thread then takes what it has time for: the thread also commits
 * saves, and handed every page it was the bottleneck (a crawl of the replica sites took 536 ms
 * against 446 with this limit; its CPU 366 ms, the crawl thread's 240), and with a limit of 1
 * the crawl thread extracted nearly all (466 ms). 2–6 measured alike.
 */
const EXTRACT_QUEUE = 4;
/**
 * Pages waiting on the thread (lists and details), from which on a list page is read here. A list
 * unlocks its host's next requests, so it should not queue behind many detail pages; but at the
 * start of a crawl, while every host reads its first lists, the thread has no notice to save yet
 * and stood idle ~70 ms of the replica crawl while this thread parsed them. Crawls of the replica
 * sites, alternated in one process (median of 31): lists always here 519 ms, with a limit of 2
 * 507, of 4 482; 8 and more measured slower.
 */
const LIST_QUEUE = 4;

/** The WARC files of this process's sinks: a record handed over with a save names its file. */
const recordFiles = new WeakMap<WarcSink, WarcFile>();

/** What a record is made of, and no more (a browser page's rendered DOM stays here). */
const recordOf = ({ finalUrl, fetchedAt, status, headers, via, body }: WarcResponse) => ({
  finalUrl,
  fetchedAt,
  status,
  headers,
  via,
  body,
});

type Pending = { resolve(value: unknown): void; reject(err: Error): void };
// Omit over each member of the union, not over the union's common keys.
type RequestBody = WriterRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

const toError = (failure: WriterFailure) =>
  failure.storeErrorKind
    ? new StoreError(failure.storeErrorKind, failure.message)
    : new Error(failure.message);

/**
 * The thread's young generation, in MB. It allocates much that lives for a few milliseconds
 * (folded text, records, clones of what the crawl hands over), and V8 let it grow its young
 * generation to its largest: crawling the 10,000-notice synthetic site peaked at 337–400 MB
 * resident (mean 363, eight runs), and at 302–352 (mean 335) with this limit, as fast or faster.
 */
const YOUNG_GENERATION_MB = 8;

class WriterThread {
  private readonly worker = new Worker(new URL('./writer-entry.js', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private leases = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  broken: Error | undefined;

  constructor() {
    this.worker.on('message', (reply: WriterReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      if (reply.ok) p.resolve(reply.value);
      else p.reject(toError(reply.error));
    });
    // A store error: the host's crawl stops with this line instead of failing every page.
    const gone = (why: string) =>
      new StoreError('write-failed', `${why}; saves it had not confirmed were not written`);
    this.worker.on('error', (err) =>
      this.fail(gone(`the crawl's writer thread failed (${err.message})`)),
    );
    this.worker.on('exit', (code) =>
      this.fail(gone(`the crawl's writer thread stopped (exit code ${code})`)),
    );
  }

  call<T>(body: RequestBody): Promise<T> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...body, id } as WriterRequest);
    });
  }

  /** While a crawl holds the thread, the process waits for its answers. */
  lease(): void {
    this.leases++;
    clearTimeout(this.idleTimer);
    this.worker.ref();
  }

  release(): void {
    if (--this.leases > 0) return;
    this.worker.unref();
    this.idleTimer = setTimeout(() => {
      if (this.leases === 0) void this.worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  private fail(err: Error): void {
    this.broken ??= err;
    for (const p of this.pending.values()) p.reject(this.broken);
    this.pending.clear();
    if (shared === this) shared = undefined;
  }
}

let shared: WriterThread | undefined;
let nextStore = 1;

/** What extraction reads of a page, and no more (its headers and status stay here). */
const pageOf = ({ url, finalUrl, fetchedAt, body, contentType, renderedHtml }: PageToExtract) => ({
  url,
  finalUrl,
  fetchedAt,
  body,
  ...(contentType === undefined ? {} : { contentType }),
  ...(renderedHtml === undefined ? {} : { renderedHtml }),
});

export function openWriterThread(store: Store, rules?: readonly WatchRule[]): CrawlWriter {
  const { now: _clock, mustExist: _mustExist, ...options } = store.options;
  shared ??= new WriterThread();
  const thread = shared;
  const id = nextStore++;
  thread.lease();
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;
  /** Pages handed to the thread and not yet answered, by kind. */
  const waiting = { details: 0, lists: 0 };
  let matcher: { value: RuleMatcher | undefined } | undefined;
  const call = <T>(body: RequestBody): Promise<T> => {
    if (closed) return Promise.reject(new Error('the crawl writer is closed'));
    const answered = thread.call<T>(body);
    const settled: Promise<boolean> = answered.then(
      () => inFlight.delete(settled),
      () => inFlight.delete(settled),
    );
    inFlight.add(settled);
    return answered;
  };
  const handOver = async <T>(kind: keyof typeof waiting, body: RequestBody): Promise<T> => {
    waiting[kind]++;
    try {
      return await call<T>(body);
    } finally {
      waiting[kind]--;
    }
  };
  // Answered before anything sent after it: a store that cannot open fails each later request.
  call<void>({
    op: 'open',
    store: id,
    file: { path: store.path, options },
    ...(rules ? { rules: [...rules] } : {}),
  }).catch(() => {});

  return {
    extractNotice: async (page, profile, listed) => {
      if (waiting.details >= EXTRACT_QUEUE) {
        matcher ??= { value: matcherOf(rules) };
        return noticeFromPage(page, profile, listed, matcher.value);
      }
      const body = { op: 'extract', store: id, page: pageOf(page), profile, listed } as const;
      return handOver<Notice>('details', body);
    },
    readList: async (page, profile, paging) => {
      if (waiting.details + waiting.lists >= LIST_QUEUE) {
        return listFromPage(page, profile, paging);
      }
      const body = { op: 'readList', store: id, page: pageOf(page), profile, paging } as const;
      return handOver<ListReading>('lists', body);
    },
    // Parameter types come from CrawlWriter.
    saveNotice: (notice, raw, warc) => {
      const file = warc && recordFiles.get(warc.sink);
      // A sink of another writer (none is made today) still gets its record.
      if (warc && !file) warc.sink.write(warc.response).catch(() => {});
      return call<SaveResult>({
        op: 'saveNotice',
        store: id,
        notice,
        ...(raw ? { raw } : {}),
        ...(warc && file ? { warc: { file, response: recordOf(warc.response) } } : {}),
      });
    },
    saveAttachment: (input) => call<SavedAttachment>({ op: 'saveAttachment', store: id, input }),
    recordRun: (run) => call<number>({ op: 'recordRun', store: id, run }),
    flush: () => void call<void>({ op: 'flush', store: id }).catch(() => {}),
    warc(dir, host, software) {
      const file = { dir, host, software, path: warcFilePath(dir, host) };
      const sink: WarcSink = {
        path: file.path,
        write: (response) =>
          call<void>({ op: 'warc', store: id, file, response: recordOf(response) }),
      };
      recordFiles.set(sink, file);
      return sink;
    },
    async close() {
      if (closed) return;
      // Everything this crawl handed over is answered before its connection closes.
      await Promise.all([...inFlight]);
      await call<void>({ op: 'close', store: id }).catch(() => undefined);
      closed = true;
      thread.release();
    },
  };
}
