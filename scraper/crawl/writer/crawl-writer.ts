// What a crawl extracts and writes: the notices of its detail pages, saved with their raw pages,
// attachments, the run log, and WARC records. With a file-backed store this is the process's
// writer thread's work (writer-thread.ts): parsing and extracting each detail page (and list
// pages while it has little else to do), then hashing, folding, full-text indexing and
// compressing it, run beside the crawl's thread, which fetches and keeps the queues. A store in memory, or one opened with a custom clock
// (tests), cannot be shared with a thread, so all this is done here, on the crawl's thread.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Notice, WatchRule } from '../../../shared/model.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import type { FetchedResponse } from '../../fetch/fetched-response.ts';
import { RAW_PAGE_GZIP } from '../../store/evidence.ts';
import type {
  AttachmentInput,
  CrawlRun,
  RawPageInput,
  SavedAttachment,
  SaveResult,
  Store,
} from '../../store/store-types.ts';
import { type ListPaging, type ListReading, listFromPage } from '../list-from-page.ts';
import {
  type ListedNotice,
  matcherOf,
  noticeFromPage,
  type PageToExtract,
} from '../notice-from-page.ts';
import { WarcWriter, warcFilePath } from './warc-writer.ts';
import { openWriterThread } from './writer-thread.ts';

/** A host's WARC file: records are appended in the order they are handed over. */
export interface WarcSink {
  readonly path: string;
  write(response: FetchedResponse): Promise<void>;
}

/** A detail page's record for the host's WARC file, handed over with the page's save. */
export interface RecordOfSave {
  sink: WarcSink;
  response: FetchedResponse;
}

export interface CrawlWriter {
  /** The notice on a detail page, with the crawl's rules matched (noticeFromPage). */
  extractNotice(page: PageToExtract, profile: SiteProfile, listed: ListedNotice): Promise<Notice>;
  /** A list page's entries and next page (listFromPage). */
  readList(page: PageToExtract, profile: SiteProfile, paging: ListPaging): Promise<ListReading>;
  /**
   * `warc`: the page's record, written whatever becomes of the save (a record that cannot be
   * written does not fail it); `raw.body` is the response's body.
   */
  saveNotice(notice: Notice, raw?: RawPageInput, warc?: RecordOfSave): Promise<SaveResult>;
  saveAttachment(input: AttachmentInput): Promise<SavedAttachment>;
  recordRun(run: CrawlRun): Promise<number>;
  /**
   * Saves what is waiting for a batch now: the crawl has nothing left to hand over for a while
   * (a host waits only for its saves).
   */
  flush(): void;
  /** The WARC file for a host's records this run (created with its first record). */
  warc(dir: string, host: string, software: string): WarcSink;
  /** Waits for every write handed over, then releases the thread. */
  close(): Promise<void>;
}

const gzipAsync = promisify(gzip);

/** Works on the caller's thread, through the store's own (synchronous) methods. */
export function inlineWriter(store: Store, rules?: readonly WatchRule[]): CrawlWriter {
  const records = new Set<Promise<void>>();
  const matcher = matcherOf(rules);
  return {
    extractNotice: async (page, profile, listed) => noticeFromPage(page, profile, listed, matcher),
    readList: async (page, profile, paging) => listFromPage(page, profile, paging),
    // Compressed on the thread pool first, so the save's transaction stays short.
    saveNotice: async (notice, raw, warc) => {
      if (warc) {
        const record: Promise<void> = warc.sink
          .write(warc.response)
          .catch(() => {})
          .finally(() => records.delete(record));
        records.add(record);
      }
      return store.saveNotice(
        notice,
        raw ? { raw: { ...raw, gzip: await gzipAsync(raw.body, RAW_PAGE_GZIP) } } : {},
      );
    },
    saveAttachment: async (input) => store.saveAttachment(input),
    recordRun: async (run) => store.recordRun(run),
    flush: () => {},
    warc: (dir, host, software) => new WarcWriter(warcFilePath(dir, host), software),
    close: async () => {
      await Promise.all(records);
    },
  };
}

/** `rules`: the watch rules extracted notices are matched against. */
export function openCrawlWriter(store: Store, rules?: readonly WatchRule[]): CrawlWriter {
  const { path, options } = store;
  const shareable = path !== '' && path !== ':memory:' && !options.now;
  return shareable ? openWriterThread(store, rules) : inlineWriter(store, rules);
}
