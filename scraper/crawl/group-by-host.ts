// Profiles grouped by the host of their first start page: one crawler (one queue, one
// concurrency limit, one delay) per host, and MOST's several columns share www.most.gov.cn's.
import type { SiteProfile } from '../../shared/sites/define-site-profile.ts';

export function groupByHost(profiles: readonly SiteProfile[]): Map<string, SiteProfile[]> {
  const groups = new Map<string, SiteProfile[]>();
  const seen = new Set<string>();
  for (const profile of profiles) {
    if (seen.has(profile.id)) continue; // the same --site twice is one crawl of it
    seen.add(profile.id);
    let host: string;
    try {
      host = new URL(profile.start[0] ?? '').host.toLowerCase();
    } catch {
      host = `(invalid start URL of ${profile.id})`;
    }
    groups.set(host, [...(groups.get(host) ?? []), profile]);
  }
  return groups;
}
