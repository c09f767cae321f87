// The crawler (DESIGN.md "Users and their jobs" 2): every profile's lists, then the notices not
// yet stored, extracted, matched, saved with their raw pages and attachments. Hosts run in
// parallel, each in its own Crawlee crawler, so one failing site never stops the others.
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';
import { BrowserFetcher } from '../fetch/browser-fetch.ts';
import { HttpClient } from '../fetch/http-client.ts';
import { openProxyBridge } from '../fetch/proxy-bridge.ts';
import { crawlHost, type SharedCrawl } from './crawl-host.ts';
import { resolveCrawlSettings } from './crawl-settings.ts';
import type { CrawlEvent, CrawlOptions, SiteSummary } from './crawl-types.ts';
import { groupByHost } from './group-by-host.ts';
import { capHeapGrowth } from './heap-growth.ts';
import { SiteTally } from './site-tally.ts';
import { openCrawlWriter } from './writer/crawl-writer.ts';

export type {
  CrawlEvent,
  CrawlOptions,
  PageKind,
  SiteStatus,
  SiteSummary,
} from './crawl-types.ts';

/** A host whose crawl could not even start (state files unwritable…): its sites say why. */
function failedToStart(profiles: readonly SiteProfile[], err: unknown): SiteSummary[] {
  return profiles.map((profile) => {
    const tally = new SiteTally(profile.id);
    tally.startFailure = err instanceof Error ? err.message : String(err);
    return tally.summary();
  });
}

export async function crawl(options: CrawlOptions): Promise<SiteSummary[]> {
  const settings = resolveCrawlSettings(options);
  capHeapGrowth();
  // Started first: the thread loads while the first list pages are fetched.
  const writer = openCrawlWriter(options.store, options.rules);
  const bridge = await openProxyBridge(settings.proxy).catch(async (err: unknown) => {
    await writer.close();
    throw err;
  });
  let browser: BrowserFetcher | undefined;
  const httpClient = new HttpClient();
  const shared: SharedCrawl = {
    settings,
    store: options.store,
    writer,
    httpClient,
    browser: () => {
      browser ??= new BrowserFetcher({
        userAgent: settings.userAgent,
        // A challenge page may reload a few times before the real page arrives.
        timeoutMs: settings.timeoutMs * 2,
        ...options.browser,
        ...(bridge.url ? { proxyUrl: bridge.url } : {}),
      });
      return browser;
    },
    proxyUrl: bridge.url,
    signal: options.signal,
    emit: (event: CrawlEvent) => {
      try {
        options.onEvent?.(event);
      } catch {
        // A broken progress display must not break the crawl.
      }
    },
  };
  const groups = [...groupByHost(options.profiles)];
  // Each running Crawlee crawler listens for SIGINT; a crawl of every built-in site runs a dozen,
  // which is not the leak Node's listener warning is about.
  const wanted = process.listenerCount('SIGINT') + groups.length + 5;
  if (process.getMaxListeners() < wanted) process.setMaxListeners(wanted);
  try {
    const results = await Promise.all(
      groups.map(([host, profiles]) =>
        crawlHost(host, profiles, shared).catch((err: unknown) => failedToStart(profiles, err)),
      ),
    );
    const byId = new Map(results.flat().map((s) => [s.siteId, s]));
    // In the caller's order, whatever order the hosts finished in.
    const ids = [...new Set(options.profiles.map((p) => p.id))];
    return ids.flatMap((id) => byId.get(id) ?? []);
  } finally {
    await browser?.close();
    await bridge.close();
    await httpClient.close();
    await writer.close();
  }
}
