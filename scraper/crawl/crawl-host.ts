// One host's crawl: its sites' start pages (and attachments an interrupted run left) into the
// host crawler's queue, the crawl, then a summary per site, recorded in the store's run log.
import { RobotsTxtFile } from '@crawlee/utils';
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import type { BrowserFetcher } from '../fetch/browser-fetch.ts';
import { HostFetcher } from '../fetch/host-fetcher.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import { bypassesProxy } from '../fetch/proxy-bridge.ts';
import { fetchRobotsTxt } from '../fetch/robots.ts';
import type { Store } from '../store/store-types.ts';
import { attachmentRequest, listRequest } from './crawl-requests.ts';
import { createCrawlRouter, failureHandlers } from './crawl-routes.ts';
import type { CrawlSettings } from './crawl-settings.ts';
import type { CrawlEvent, SiteSummary } from './crawl-types.ts';
import { loadHostCookies, saveHostCookies } from './host-cookies.ts';
import { createHostCrawler, type HostCrawler } from './host-crawler.ts';
import { enqueue, type HostRun, MAX_WRITES_IN_FLIGHT, type SiteRun } from './host-run.ts';
import { PendingSaves } from './pending-saves.ts';
import { ResumeState } from './resume-state.ts';
import { retryPause } from './retry-pause.ts';
import { SiteTally } from './site-tally.ts';
import type { CrawlWriter } from './writer/crawl-writer.ts';

export interface SharedCrawl {
  settings: CrawlSettings;
  store: Store;
  writer: CrawlWriter;
  httpClient: HttpClient;
  browser: () => BrowserFetcher;
  proxyUrl: string | undefined;
  signal: AbortSignal | undefined;
  emit(event: CrawlEvent): void;
}

/**
 * robots.txt per RFC 9309: a file is obeyed, a missing one (4xx) allows everything, and one the
 * server cannot deliver (5xx, network) means complete disallow, after the crawl's usual retries.
 * The host's sites then say why nothing was fetched.
 */
function robotsLoader(shared: SharedCrawl, proxyUrl: string | undefined, tallies: SiteTally[]) {
  const { settings, httpClient, signal } = shared;
  const [first] = tallies;
  return async (url: string) => {
    for (let attempt = 0; ; attempt++) {
      first!.requests++;
      const outcome = await fetchRobotsTxt(httpClient, url, {
        userAgent: settings.userAgent,
        timeoutMs: settings.timeoutMs,
        ...(proxyUrl ? { proxyUrl } : {}),
      });
      if (outcome.kind === 'file') return outcome.robots;
      if (outcome.kind === 'absent') return undefined;
      if (attempt >= settings.maxRetries || signal?.aborted) {
        const message = `robots.txt cannot be read (${outcome.reason}): nothing fetched, as RFC 9309 asks`;
        for (const tally of tallies) {
          tally.fail(message);
          tally.startFailure ??= message;
        }
        return RobotsTxtFile.from(url, 'User-agent: *\nDisallow: /');
      }
      await retryPause(settings.retryBaseMs, attempt, signal);
    }
  };
}

async function finishSite(site: SiteRun, shared: SharedCrawl): Promise<SiteSummary> {
  const { tally, resume } = site;
  tally.stopped = (shared.signal?.aborted ?? false) && tally.done < tally.total;
  const summary = tally.summary();
  const complete =
    !tally.stopped && tally.listFailed === 0 && !tally.siteChanged && tally.listPagesRead > 0;
  resume.finish(complete);
  try {
    await shared.writer.recordRun({
      siteId: summary.siteId,
      startedAt: tally.startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      new: summary.new,
      updated: summary.updated,
      unchanged: summary.unchanged,
      failed: summary.failed,
      ...(summary.status === 'ok'
        ? {}
        : { error: `${summary.status}: ${summary.error ?? ''}`.trim() }),
    });
  } catch (err) {
    summary.error ??= `the run could not be recorded: ${(err as Error).message}`;
  }
  shared.emit({ type: 'site-done', summary });
  return summary;
}

/** The session's cookies, for the next run; failing to keep them costs only a browser load. */
function keepCookies(run: HostRun, profiles: readonly SiteProfile[], stateDir?: string): void {
  const start = profiles[0]?.start[0];
  if (!stateDir || !start) return;
  const cookies = run.fetcher.cookies(new URL('/', start).href);
  if (cookies.length === 0) return;
  try {
    saveHostCookies(stateDir, run.host, cookies);
  } catch {
    // The state directory is unwritable: the resume state reports that already.
  }
}

export async function crawlHost(
  host: string,
  profiles: readonly SiteProfile[],
  shared: SharedCrawl,
): Promise<SiteSummary[]> {
  const { settings, signal } = shared;
  const proxyUrl = bypassesProxy(host) ? undefined : shared.proxyUrl;
  const sites = new Map<string, SiteRun>();
  for (const profile of profiles) {
    const resume = new ResumeState(settings.stateDir, profile.id);
    sites.set(profile.id, { profile, tally: new SiteTally(profile.id), resume });
  }
  let crawler: HostCrawler | undefined;
  const run: HostRun = {
    host,
    store: shared.store,
    writer: shared.writer,
    refresh: settings.refresh,
    maxPages: settings.maxPages,
    maxPageBytes: settings.maxPageBytes,
    maxAttachmentBytes: settings.maxAttachmentBytes,
    sites,
    fetcher: new HostFetcher({
      httpClient: shared.httpClient,
      browser: shared.browser,
      userAgent: settings.userAgent,
      timeoutMs: settings.timeoutMs,
      ...(proxyUrl ? { proxyUrl } : {}),
      ...(settings.stateDir ? { savedCookies: loadHostCookies(settings.stateDir, host) } : {}),
    }),
    warc: settings.warcDir
      ? shared.writer.warc(settings.warcDir, host, settings.userAgent)
      : undefined,
    warcBacklog: new Set(),
    saves: new PendingSaves(MAX_WRITES_IN_FLIGHT, () => void crawler?.autoscaledPool?.notify()),
    storeFailure: undefined,
    owners: new Map(),
    // The crawler exists before any handler runs; requests are only added through it.
    addRequests: (requests, options) => crawler!.addRequests(requests, options),
    emit: shared.emit,
  };
  crawler = await createHostCrawler(
    {
      concurrency: settings.concurrency,
      delayMs: settings.delayMs,
      maxRetries: settings.maxRetries,
      // A browser load may follow a plain request that met a challenge.
      handlerTimeoutMs: settings.timeoutMs * 4 + 30_000,
      userAgent: settings.userAgent,
      // A save's follow-up may still queue the notice's attachments. Asked only when nothing else
      // is left: the writer need not wait for more saves to batch with these.
      busy: () => {
        if (run.saves.size === 0) return false;
        shared.writer.flush();
        return true;
      },
      ...(settings.respectRobots
        ? {
            loadRobots: robotsLoader(
              shared,
              proxyUrl,
              [...sites.values()].map((s) => s.tally),
            ),
          }
        : {}),
    },
    {
      requestHandler: createCrawlRouter(run),
      ...failureHandlers(run, settings.retryBaseMs, signal),
    },
  );
  const stop = () => crawler?.stop('kjwatch: stopping after the current requests');
  let failure: string | undefined;
  signal?.addEventListener('abort', stop);
  try {
    for (const { profile, resume } of sites.values()) {
      shared.emit({ type: 'site-start', siteId: profile.id, host, resumed: resume.interrupted });
      const starts = profile.start.map((url) =>
        listRequest(url, { siteId: profile.id, pageIndex: 0 }),
      );
      const leftovers = resume
        .pendingAttachments()
        .map((job) => attachmentRequest(job, profile.id));
      await enqueue(run, profile.id, [...starts, ...leftovers]);
    }
    if (!signal?.aborted) await crawler.run();
  } catch (err) {
    failure = err instanceof Error ? err.message : String(err);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  // Notices handed over before a stop are still saved and counted.
  await run.saves.settled();
  // Crawlee stops a host on a CriticalError (the store cannot be written), and a save that
  // failed after its handler returned stops it the same way: every site says so.
  failure ??= run.storeFailure;
  if (failure) for (const { tally } of sites.values()) tally.fail(failure);
  await Promise.all(run.warcBacklog);
  keepCookies(run, profiles, settings.stateDir);
  const summaries: SiteSummary[] = [];
  for (const site of sites.values()) summaries.push(await finishSite(site, shared));
  return summaries;
}
