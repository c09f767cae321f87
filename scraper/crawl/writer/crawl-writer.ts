// What a crawl writes: notices with their raw pages, attachments, the run log, and WARC records.
// A file-backed store is written by the process's writer thread (writer-thread.ts): hashing,
// folding, full-text indexing and compressing each page then run beside the crawl's thread,
// which parses and extracts, instead of after it. A store in memory, or one opened with a custom clock (tests),
// cannot be shared with a thread, so it is written here, on the crawl's thread, in the same order.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Notice } from '../../../shared/model.ts';
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
import { WarcWriter, warcFilePath } from './warc-writer.ts';
import { openWriterThread } from './writer-thread.ts';

/** A host's WARC file: records are appended in the order they are handed over. */
export interface WarcSink {
  readonly path: string;
  write(response: FetchedResponse): Promise<void>;
}

export interface CrawlWriter {
  saveNotice(notice: Notice, raw?: RawPageInput): Promise<SaveResult>;
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

/** Writes on the caller's thread, through the store's own (synchronous) methods. */
export function inlineWriter(store: Store): CrawlWriter {
  return {
    // Compressed on the thread pool first, so the save's transaction stays short.
    saveNotice: async (notice, raw) =>
      store.saveNotice(
        notice,
        raw ? { raw: { ...raw, gzip: await gzipAsync(raw.body, RAW_PAGE_GZIP) } } : {},
      ),
    saveAttachment: async (input) => store.saveAttachment(input),
    recordRun: async (run) => store.recordRun(run),
    flush: () => {},
    warc: (dir, host, software) => new WarcWriter(warcFilePath(dir, host), software),
    close: async () => {},
  };
}

export function openCrawlWriter(store: Store): CrawlWriter {
  const { path, options } = store;
  const shareable = path !== '' && path !== ':memory:' && !options.now;
  return shareable ? openWriterThread(store) : inlineWriter(store);
}
