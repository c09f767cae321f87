// The crawler's public shape (the `demo` command and the crawl benchmark build on it).
import type { WatchRule } from '../../shared/model.ts';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { SaveResult, Store } from '../store/store-types.ts';

export interface CrawlOptions {
  profiles: SiteProfile[];
  store: Store;
  rules?: WatchRule[];
  /** List pages per profile (default: profile.list.maxPages ?? 5). */
  maxPages?: number;
  /** Between requests to one host (default 1000; 0 for tests and benchmarks). */
  delayMs?: number;
  /** Concurrent requests per host (default 1). */
  concurrency?: number;
  /** Default `kjwatch/0.1 (+contact)`. */
  userAgent?: string;
  /** How site operators reach the user: --contact, else $KJWATCH_CONTACT. */
  contact?: string;
  /** http://, https:// or socks5:// (default: $HTTPS_PROXY, $ALL_PROXY, $HTTP_PROXY). */
  proxy?: string;
  /** Default true. */
  respectRobots?: boolean;
  /** Per request (default 30 s; a browser load gets twice as long). */
  timeoutMs?: number;
  /** Retries after the first attempt, with exponential backoff (default 3). */
  maxRetries?: number;
  browser?: { executablePath?: string; headless?: boolean };
  signal?: AbortSignal;
  onEvent?: (e: CrawlEvent) => void;
  /** Refetch the details of known notices too, saving a new version when one changed. */
  refresh?: boolean;
  /** First retry waits this long, then twice as long each time (default 1000 ms). */
  retryBaseMs?: number;
  /** Attachments larger than this are not downloaded (default 50 MB). */
  maxAttachmentBytes?: number;
  /**
   * Where an interrupted run leaves what the next run must finish (default `<db>.crawl/`;
   * false: keep it in memory only, e.g. for an in-memory store).
   */
  stateDir?: string | false;
  /** A WARC file per run and host is written here (default `<db dir>/warc/`; false: none). */
  warcDir?: string | false;
}

export type SiteStatus = 'ok' | 'site-changed' | 'unreachable' | 'partial';

export interface SiteSummary {
  siteId: string;
  new: number;
  updated: number;
  unchanged: number;
  /** Requests that failed for good (after retries; 4xx at once). */
  failed: number;
  /** URLs robots.txt disallows. */
  skipped: number;
  /** HTTP requests sent (robots.txt included); `browserRequests` are browser page loads. */
  requests: number;
  browserRequests: number;
  durationMs: number;
  status: SiteStatus;
  error?: string;
  /** Attachments stored in this run (the same bytes are kept once). */
  attachments?: number;
}

export type PageKind = 'list' | 'detail' | 'attachment';

export type CrawlEvent =
  | { type: 'site-start'; siteId: string; host: string; resumed: boolean }
  | {
      type: 'page-done';
      siteId: string;
      url: string;
      kind: PageKind;
      via: 'http' | 'browser' | 'store';
      /** Pages done and pages known so far for the site (the total grows as lists are read). */
      done: number;
      total: number;
    }
  | {
      type: 'notice-saved';
      siteId: string;
      id: string;
      url: string;
      title: string;
      result: SaveResult;
      matches: string[];
    }
  | {
      type: 'error';
      siteId: string;
      url: string;
      kind: PageKind;
      message: string;
      /** False when the failure is final (counted in `failed`). */
      willRetry: boolean;
    }
  | { type: 'site-done'; summary: SiteSummary };
