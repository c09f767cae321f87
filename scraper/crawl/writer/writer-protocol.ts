// Messages between a crawl and its writer thread. Every request carries an id; the thread answers
// each with the same id, in the order it finished the work (saves in the order they were sent).
import type { Notice, WatchRule } from '../../../shared/model.ts';
import type { SiteProfile } from '../../../shared/sites/define-site-profile.ts';
import type { StoreErrorKind } from '../../store/store-error.ts';
import type {
  AttachmentInput,
  CrawlRun,
  OpenStoreOptions,
  RawPageInput,
} from '../../store/store-types.ts';
import type { ListPaging } from '../list-from-page.ts';
import type { ListedNotice, PageToExtract } from '../notice-from-page.ts';
import type { WarcResponse } from './warc-writer.ts';

/** The crawl's store file, opened by the thread with the same limits. */
export interface StoreFile {
  path: string;
  options: Omit<OpenStoreOptions, 'now' | 'mustExist'>;
}

/**
 * `store` numbers a crawl's own connection, opened by 'open' (with the crawl's watch rules, which
 * 'extract' matches) and closed by 'close'. 'flush' saves the batch waiting, without waiting for
 * more company.
 */
export type WriterRequest = { id: number; store: number } & (
  | { op: 'open'; file: StoreFile; rules?: WatchRule[] }
  | { op: 'extract'; page: PageToExtract; profile: SiteProfile; listed: ListedNotice }
  | { op: 'readList'; page: PageToExtract; profile: SiteProfile; paging: ListPaging }
  | { op: 'saveNotice'; notice: Notice; raw?: RawPageInput; warc?: WarcOfSave }
  | { op: 'saveAttachment'; input: AttachmentInput }
  | { op: 'recordRun'; run: CrawlRun }
  | { op: 'warc'; file: WarcFile; response: WarcResponse }
  | { op: 'flush' }
  | { op: 'close' }
);

export interface WarcFile {
  dir: string;
  host: string;
  software: string;
  /** Chosen by the crawl, so that its path is known before the first record is written. */
  path: string;
}

/**
 * A detail page's WARC record, handed over with its notice: one message, and one deflate of the
 * body for the record and the raw page (its body is `raw.body`, the same bytes).
 */
export interface WarcOfSave {
  file: WarcFile;
  response: WarcResponse;
}

/** An error as it crosses the thread boundary: a StoreError keeps its kind. */
export interface WriterFailure {
  message: string;
  storeErrorKind?: StoreErrorKind;
}

export type WriterReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WriterFailure };
