// How the demo judges its own run: which failures it planted on purpose (dead attachment
// links), which failures are real, and what the store holds afterwards.
import type { SiteSummary } from '../crawl/crawl.ts';
import type { Store } from '../store/store-types.ts';
import type { ReplicaSites } from './start-replica-sites.ts';

/** Failures the replicas plant on purpose (dead attachment links), per profile. */
export function plantedFailures(replica: ReplicaSites): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of replica.sites.flatMap((s) => s.notices)) {
    const broken = n.attachments.filter((a) => a.broken).length;
    if (broken > 0) counts.set(n.profileId, (counts.get(n.profileId) ?? 0) + broken);
  }
  return counts;
}

/** Sites that did not finish well, as `id: status: error` lines; planted failures aside. */
export function demoProblems(
  summaries: readonly SiteSummary[],
  planted: ReadonlyMap<string, number>,
) {
  const fine = (s: SiteSummary) =>
    s.status === 'ok' || (s.status === 'partial' && s.failed <= (planted.get(s.siteId) ?? 0));
  return summaries
    .filter((s) => !fine(s))
    .map((s) => `${s.siteId}: ${s.status}${s.error ? `: ${s.error}` : ''}`);
}

export function storedCounts(store: Store) {
  let notices = 0;
  let versions = 0;
  for (const n of store.iterateNotices()) {
    notices++;
    versions += n.version;
  }
  return { notices, versions };
}
