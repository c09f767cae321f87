// What the replica servers were asked for, added up over sites: the demo and the bench report
// a crawl's cost from the servers' side, not from the crawler's own accounting.
import type { ReplicaSite } from './start-replica-sites.ts';

export interface RequestCounts {
  total: number;
  list: number;
  detail: number;
  attachment: number;
  robots: number;
  /** Anything else: a page's own scripts and styles loaded by the browser, 404s. */
  other: number;
  /** Answered with the JS challenge (HTTP 412). */
  challenged: number;
  /** Most requests in flight at once on any one site. */
  maxInFlight: number;
}

export function countRequests(sites: readonly ReplicaSite[]): RequestCounts {
  const counts: RequestCounts = {
    total: 0,
    list: 0,
    detail: 0,
    attachment: 0,
    robots: 0,
    other: 0,
    challenged: 0,
    maxInFlight: 0,
  };
  for (const site of sites) {
    for (const entry of site.log.entries) {
      counts.total++;
      if (entry.status === 412) counts.challenged++;
      if (entry.kind === 'missing') counts.other++;
      else counts[entry.kind]++;
    }
    counts.maxInFlight = Math.max(counts.maxInFlight, site.log.maxInFlight);
  }
  return counts;
}

export interface RequestedPage {
  url: string;
  kind: 'list' | 'detail' | 'attachment';
  profileId: string | undefined;
}

/**
 * The pages the sites were asked for since their logs were cleared, each once, in the order
 * they were first asked for (robots.txt and missing pages left out): the same URLs a bench
 * loop can fetch to compare with the crawl that asked for them.
 */
export function requestedPages(sites: readonly ReplicaSite[]): RequestedPage[] {
  const seen = new Set<string>();
  const pages: RequestedPage[] = [];
  for (const site of sites) {
    for (const e of site.log.entries) {
      const url = site.origin + e.path;
      if (seen.has(url) || (e.kind !== 'list' && e.kind !== 'detail' && e.kind !== 'attachment'))
        continue;
      seen.add(url);
      pages.push({ url, kind: e.kind, profileId: site.pageAt(e.path)?.profileId });
    }
  }
  return pages;
}
