// The per-site summary `kjwatch crawl` prints: one row per site, numbers right-aligned, the
// status last so a failing site stands out at the end of its row.
import type { SiteSummary } from './crawl-types.ts';

const COLUMNS = [
  'site',
  'new',
  'updated',
  'unchanged',
  'failed',
  'skipped',
  'requests',
  'time',
  'status',
];

export function formatDuration(ms: number): string {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function row(s: SiteSummary): string[] {
  const requests =
    s.browserRequests > 0 ? `${s.requests}+${s.browserRequests}b` : String(s.requests);
  return [
    s.siteId,
    String(s.new),
    String(s.updated),
    String(s.unchanged),
    String(s.failed),
    String(s.skipped),
    requests,
    formatDuration(s.durationMs),
    s.status,
  ];
}

export function formatSummaryTable(summaries: readonly SiteSummary[]): string {
  const rows = [COLUMNS, ...summaries.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const last = COLUMNS.length - 1;
  return rows
    .map((r) =>
      r
        .map((cell, i) =>
          i === 0 || i === last ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

/** One line for a site that did not finish cleanly: what the user must look at. */
export function formatFailure(s: SiteSummary): string {
  return `${s.siteId}: ${s.status}${s.error ? `: ${s.error}` : ''}`;
}

/** One line for logs (schedule, plain progress). */
export function formatSummaryLine(s: SiteSummary): string {
  const counts = `${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`;
  const skipped = s.skipped > 0 ? `, ${s.skipped} skipped by robots.txt` : '';
  const error = s.status !== 'ok' && s.error ? ` — ${s.error}` : '';
  return `${s.siteId}: ${s.status} — ${counts}${skipped} (${formatDuration(s.durationMs)})${error}`;
}
