// The store's public shape. A notice is kept with its history: each content change is a new
// version, never an overwrite; the page it came from is kept as evidence.

import type { FileType } from '../../shared/files/detect-file-type.ts';
import type { Notice, WatchRule } from '../../shared/model.ts';
import type { Mark } from '../../shared/search/highlight.ts';

export interface OpenStoreOptions {
  /** Refuse to create a new database (commands that only read: search, export). */
  mustExist?: boolean;
  /** The clock for firstSeenAt/updatedAt (tests pass a fixed one). */
  now?: () => string;
  /** Wait this long for another writer's lock before failing (default 5 s). */
  busyTimeoutMs?: number;
  /**
   * Caps the file at this many pages (SQLite's max_page_count): a write past it fails exactly
   * as on a full disk. For a store on a small volume, and for testing that path.
   */
  maxPageCount?: number;
}

export type SaveResult = 'new' | 'updated' | 'unchanged';

/** A Notice as stored: the current version plus what the store knows about its history. */
export interface StoredNotice extends Notice {
  canonicalUrl: string;
  version: number;
  firstSeenAt: string;
  /** When the content last changed (a new version was saved). */
  updatedAt: string;
  /** The last save, changed or not: the page was still there then. */
  lastSeenAt: string;
  /** The id of the notice this one reposts (same 文号 elsewhere, or the same body). */
  repostOf?: string;
}

export interface NoticeVersion {
  version: number;
  contentHash: string;
  fetchedAt?: string;
  savedAt: string;
  /** sha256 of the raw page this version was extracted from, when it was kept. */
  rawPage?: string;
  notice: Notice;
}

export interface RawPageInput {
  url: string;
  fetchedAt: string;
  status?: number;
  contentType?: string;
  body: Uint8Array | string;
  /**
   * The body already gzipped (zlib's async gzip, off the caller's thread), so the save's
   * transaction does not compress; it must be the gzip of exactly `body`.
   */
  gzip?: Uint8Array;
  /** The hex SHA-256 of exactly `body`, when the caller has it already (the WARC digest). */
  sha256?: string;
}

export interface RawPage extends Omit<RawPageInput, 'body' | 'gzip' | 'sha256'> {
  sha256: string;
  size: number;
  body: Uint8Array;
}

export interface AttachmentInput {
  noticeId: string;
  name: string;
  url: string;
  /** The Content-Type the server sent. */
  mime?: string;
  /** Either the bytes (kept in the database) or a file already on disk (only its path is kept). */
  bytes?: Uint8Array;
  path?: string;
}

export interface SavedAttachment {
  sha256: string;
  size: number;
  detectedType: FileType;
  /** The bytes are not what the name promises (e.g. an HTML error page named .pdf). */
  typeMismatch: boolean;
  /** False when the same bytes were already stored (for this or another notice). */
  stored: boolean;
}

export interface CrawlRun {
  siteId: string;
  startedAt: string;
  finishedAt?: string;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  error?: string;
}

export interface NoticeFilter {
  site?: string;
  /** ISO date: notices published (or, without a date, first seen) on or after it. */
  since?: string;
  /** Keep notices these rules match now (re-matched, not the matches stored at crawl time). */
  rules?: readonly WatchRule[];
}

export interface SearchOptions {
  site?: string;
  since?: string;
  /** Keep hits these rules match now (as in NoticeFilter). */
  rules?: readonly WatchRule[];
  /** Most hits returned (default 20). */
  limit?: number;
  mark?: Mark;
}

export interface SearchHit {
  id: string;
  title: string;
  /** The title with the terms marked where they occur. */
  titleHighlighted: string;
  url: string;
  siteId?: string;
  publishedAt?: string;
  publisher?: string;
  documentNumber?: string;
  /** An excerpt of the body with the terms marked ('' when only other fields matched). */
  snippet: string;
  repostOf?: string;
}

export type RepostReason = 'document-number' | 'same-body' | 'similar-body';

export interface RepostMatch {
  /** The first notice of the group (never itself a repost). */
  id: string;
  reason: RepostReason;
  similarity?: number;
}

export interface NoticeToSave {
  notice: Notice;
  raw?: RawPageInput;
}

export type SaveOutcome = { ok: true; value: SaveResult } | { ok: false; error: unknown };

export interface Store {
  readonly path: string;
  /** What it was opened with (a crawl's writer thread opens the same file the same way). */
  readonly options: Readonly<OpenStoreOptions>;
  saveNotice(notice: Notice, options?: { raw?: RawPageInput }): SaveResult;
  /**
   * Saves in one transaction, each notice in a savepoint of its own: one that fails does not
   * stop the others. An outcome per notice, in order.
   */
  saveNotices(items: readonly NoticeToSave[]): SaveOutcome[];
  getNotice(id: string): StoredNotice | undefined;
  getNoticeVersions(id: string): NoticeVersion[];
  hasNotice(id: string): boolean;
  findRepostOf(notice: Notice): RepostMatch | undefined;
  listNotices(filter?: NoticeFilter): StoredNotice[];
  /** Like listNotices, one notice at a time (exports of large stores). */
  iterateNotices(filter?: NoticeFilter): IterableIterator<StoredNotice>;
  search(query: string, options?: SearchOptions): SearchHit[];
  saveRawPage(page: RawPageInput): string;
  getRawPage(sha256: string): RawPage | undefined;
  saveAttachment(input: AttachmentInput): SavedAttachment;
  recordRun(run: CrawlRun): number;
  listRuns(siteId?: string): (CrawlRun & { id: number })[];
  close(): void;
}
