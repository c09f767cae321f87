// What `kjwatch demo` prints: the per-site summary, the notices the sample rules match, the
// exports, and what the re-run cost. Plain text on stdout, one section after another.
import type { WatchRule } from '../../shared/model.ts';
import { compileRules } from '../../shared/rules/rule-matcher.ts';
import type { SiteSummary } from '../crawl/crawl.ts';
import type { Store } from '../store/store-types.ts';
import type { ExportedFile } from './demo-exports.ts';
import type { RequestCounts } from './request-counts.ts';
import type { ReplicaSites } from './start-replica-sites.ts';

export type Print = (line?: string) => void;

const pad = (v: string | number, n: number) => String(v).padStart(n);
/** Matches listed per rule; the exports hold them all. */
const MAX_LINES = 10;

export function printSummary(print: Print, title: string, summaries: readonly SiteSummary[]) {
  print(`\n${title}`);
  const idWidth = Math.max(8, ...summaries.map((s) => s.siteId.length));
  print(
    `  ${'site'.padEnd(idWidth)}  ${pad('new', 5)} ${pad('updated', 7)} ${pad('unchanged', 9)} ${pad('failed', 6)} ${pad('requests', 8)} ${pad('browser', 7)}  status`,
  );
  const sum = (key: 'new' | 'updated' | 'unchanged' | 'failed' | 'requests' | 'browserRequests') =>
    summaries.reduce((a, s) => a + s[key], 0);
  const row = (
    id: string,
    s: Pick<
      SiteSummary,
      'new' | 'updated' | 'unchanged' | 'failed' | 'requests' | 'browserRequests'
    >,
    status: string,
  ) =>
    print(
      `  ${id.padEnd(idWidth)}  ${pad(s.new, 5)} ${pad(s.updated, 7)} ${pad(s.unchanged, 9)} ${pad(s.failed, 6)} ${pad(s.requests, 8)} ${pad(s.browserRequests, 7)}  ${status}`,
    );
  for (const s of summaries) row(s.siteId, s, s.error ? `${s.status}: ${s.error}` : s.status);
  row(
    'total',
    {
      new: sum('new'),
      updated: sum('updated'),
      unchanged: sum('unchanged'),
      failed: sum('failed'),
      requests: sum('requests'),
      browserRequests: sum('browserRequests'),
    },
    '',
  );
}

export function printMatches(
  print: Print,
  store: Store,
  rules: readonly WatchRule[],
  rulesPath: string,
) {
  const matcher = compileRules(rules);
  const byRule = new Map<string, string[]>(rules.map((r) => [r.id, []]));
  for (const n of store.iterateNotices()) {
    const { rules: hits } = matcher.matchNotice({
      title: n.title,
      body: n.bodyText,
      siteId: n.siteId,
    });
    for (const id of hits) {
      byRule
        .get(id)
        ?.push(
          `    ${n.publishedAt?.slice(0, 10) ?? '—'.padEnd(10)}  ${(n.siteId ?? '').padEnd(12)}  ${n.title}`,
        );
    }
  }
  print(`\nNotices matching ${rulesPath}`);
  for (const rule of rules) {
    const lines = byRule.get(rule.id) ?? [];
    print(`  ${rule.name ?? rule.id} (${rule.id}): ${lines.length}`);
    for (const line of lines.slice(0, MAX_LINES)) print(line);
    if (lines.length > MAX_LINES)
      print(`    … and ${lines.length - MAX_LINES} more (kjwatch search, or the exports)`);
  }
}

export function printExports(print: Print, files: readonly ExportedFile[]) {
  print(`\nExports (${files[0]?.count ?? 0} notices each)`);
  for (const f of files) print(`  ${f.format.padEnd(8)}  ${f.path}`);
}

const kinds = (c: RequestCounts) =>
  `${c.list} list pages, ${c.detail} detail pages, ${c.attachment} attachments, ${c.robots} robots.txt${c.other ? `, ${c.other} other` : ''}${c.challenged ? `; ${c.challenged} met the JS challenge` : ''}`;

export function printRerun(
  print: Print,
  first: RequestCounts,
  second: RequestCounts,
  summaries: readonly SiteSummary[],
  stored: { notices: number; versions: number },
) {
  const changed = summaries.reduce((a, s) => a + s.new + s.updated, 0);
  const unchanged = summaries.reduce((a, s) => a + s.unchanged, 0);
  const share = first.total > 0 ? (100 * second.total) / first.total : 0;
  print('\nRe-run of the same crawl');
  print(`  first run:  ${first.total} requests (${kinds(first)})`);
  print(
    `  re-run:     ${second.total} requests (${kinds(second)}) = ${share.toFixed(1)}% of the first run`,
  );
  print(
    `  ${second.detail === 0 && second.attachment === 0 ? 'only list pages (and robots.txt) were fetched' : 'detail pages were fetched again'}; ${changed} new or updated, ${unchanged} unchanged; the store holds ${stored.notices} notices in ${stored.versions} versions`,
  );
}

export function printPlanted(print: Print, planted: ReadonlyMap<string, number>) {
  for (const [siteId, n] of planted) {
    print(
      `  (${siteId}: ${n} planted dead attachment link — a ".pdf" that answers with an HTML page — must fail, not be stored)`,
    );
  }
}

export function printSites(print: Print, replica: ReplicaSites) {
  print('\nReplica sites (Ctrl-C stops them)');
  for (const site of replica.sites) {
    print(`  ${site.id.padEnd(12)} ${site.origin}  ${site.name}`);
    for (const url of site.profiles.flatMap((p) => p.start)) print(`    ${url}`);
  }
  // The extension recognises the real host names: map them onto the replicas.
  const rules = replica.sites
    .filter((s) => !s.dead)
    .map((s) => `MAP ${new URL(s.realOrigin).hostname} 127.0.0.1:${s.port}`);
  print('\nTo browse them under their real names (e.g. with the extension), start Chromium with');
  print(`  --host-resolver-rules="${rules.join(', ')}"`);
  const example = new URL(replica.profiles[0]!.start[0]!);
  const host = new URL(replica.sites[0]!.realOrigin).hostname;
  print(`and open e.g. http://${host}${example.pathname}`);
}
