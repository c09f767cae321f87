// What the request handlers of one host's crawl share: the store, the sites' profiles and tallies,
// the fetcher, and how to add requests and report progress.
import type { BasicCrawlingContext } from '@crawlee/basic';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { FetchedResponse } from '../fetch/fetched-response.ts';
import type { FetchTarget, HostFetcher } from '../fetch/host-fetcher.ts';
import type { Store } from '../store/store-types.ts';
import type { CrawlRequest } from './crawl-requests.ts';
import type { CrawlEvent, PageKind } from './crawl-types.ts';
import type { PendingSaves } from './pending-saves.ts';
import type { ResumeState } from './resume-state.ts';
import type { SiteTally } from './site-tally.ts';
import type { CrawlWriter, WarcSink } from './writer/crawl-writer.ts';

export interface SiteRun {
  profile: SiteProfile;
  tally: SiteTally;
  resume: ResumeState;
}

export interface HostRun {
  host: string;
  /** For reads; every write of the crawl goes through the writer. */
  store: Store;
  writer: CrawlWriter;
  refresh: boolean;
  maxPages: number | undefined;
  maxPageBytes: number;
  maxAttachmentBytes: number;
  sites: Map<string, SiteRun>;
  fetcher: HostFetcher;
  warc: WarcSink | undefined;
  /** WARC records handed to the writer and not yet written. */
  warcBacklog: Set<Promise<void>>;
  /** Notices handed to the writer and not yet saved. */
  saves: PendingSaves;
  /** Set by a save that failed in the store (full disk…): the host's crawl stops with it. */
  storeFailure: string | undefined;
  /** The host crawler's addRequests (robots.txt applies there). */
  addRequests(
    requests: CrawlRequest[],
    options?: { forefront?: boolean },
  ): Promise<{ addedRequests: { wasAlreadyPresent: boolean }[] }>;
  /** Who asked for a URL: robots.txt skips are counted against that site. */
  owners: Map<string, string>;
  emit(event: CrawlEvent): void;
}

/**
 * Writes of a host handed to the writer thread and not yet done, per kind (its notices' saves,
 * its WARC records), before its handlers wait too. When the biggest site is left crawling
 * alone, the writer falls behind it: with 8, its request slots stood idle ~50 ms of a ~750 ms
 * demo crawl. A full disk still stops the crawl within this many pages (and at once in a polite
 * crawl, whose writes never queue up).
 */
export const MAX_WRITES_IN_FLIGHT = 32;

export function siteOf(run: HostRun, siteId: string): SiteRun {
  const site = run.sites.get(siteId);
  if (!site) throw new Error(`no site ${siteId} in the crawl of ${run.host}`);
  return site;
}

/**
 * Adds requests to the host's queue; robots.txt-disallowed ones are skipped (and counted).
 * `forefront`: before everything waiting, in the order given.
 */
export async function enqueue(
  run: HostRun,
  siteId: string,
  requests: CrawlRequest[],
  options: { forefront?: boolean } = {},
) {
  if (requests.length === 0) return;
  for (const r of requests) run.owners.set(r.url, siteId);
  // Each request put at the front goes before the one added just before it.
  const ordered = options.forefront ? [...requests].reverse() : requests;
  const result = await run.addRequests(ordered, options);
  const added = result.addedRequests.filter((r) => !r.wasAlreadyPresent).length;
  siteOf(run, siteId).tally.total += added;
}

/**
 * Fetches for a site, counting the request and keeping the response in the WARC file, unless
 * `recordLater`: a detail page's record goes with its save (handle-detail.ts).
 */
export async function fetchFor(
  run: HostRun,
  ctx: BasicCrawlingContext,
  siteId: string,
  target: Omit<FetchTarget, 'onRequest'>,
  { recordLater = false } = {},
): Promise<FetchedResponse> {
  const { tally } = siteOf(run, siteId);
  const response = await run.fetcher.fetch(
    {
      ...target,
      onRequest: (via) => {
        if (via === 'browser') tally.browserRequests++;
        else tally.requests++;
      },
    },
    ctx.session,
  );
  if (!recordLater) await keepRecord(run, response);
  return response;
}

/**
 * The response into the host's WARC file. Not awaited one by one (the page is parsed meanwhile),
 * but a WARC file that falls behind must slow the crawl, not pile up pages in memory. A WARC that
 * cannot be written does not fail the page: the store keeps the evidence too.
 */
export async function keepRecord(run: HostRun, response: FetchedResponse): Promise<void> {
  if (!run.warc) return;
  const record: Promise<void> = run.warc.write(response).then(
    () => void run.warcBacklog.delete(record),
    () => void run.warcBacklog.delete(record),
  );
  run.warcBacklog.add(record);
  if (run.warcBacklog.size > MAX_WRITES_IN_FLIGHT) await Promise.race(run.warcBacklog);
}

export function pageDone(
  run: HostRun,
  siteId: string,
  url: string,
  kind: PageKind,
  via: 'http' | 'browser' | 'store',
): void {
  const { tally } = siteOf(run, siteId);
  tally.done++;
  run.emit({ type: 'page-done', siteId, url, kind, via, done: tally.done, total: tally.total });
}
