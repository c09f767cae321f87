// One row per site per crawl: what `kjwatch crawl` reports, kept so a failing site shows up
// as a run of failures rather than as silence.
import type { Database } from 'better-sqlite3';
import { statement } from './statements.ts';
import type { CrawlRun } from './store-types.ts';

export function recordRunIn(db: Database, run: CrawlRun): number {
  const result = statement(
    db,
    `INSERT INTO crawl_runs (site_id, started_at, finished_at, new_count, updated_count,
       unchanged_count, failed_count, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    run.siteId,
    run.startedAt,
    run.finishedAt ?? null,
    run.new,
    run.updated,
    run.unchanged,
    run.failed,
    run.error ?? null,
  );
  return Number(result.lastInsertRowid);
}

interface RunRow {
  id: number;
  site_id: string;
  started_at: string;
  finished_at: string | null;
  new_count: number;
  updated_count: number;
  unchanged_count: number;
  failed_count: number;
  error: string | null;
}

export function listRunsIn(db: Database, siteId?: string): (CrawlRun & { id: number })[] {
  const rows = (
    siteId === undefined
      ? statement(db, 'SELECT * FROM crawl_runs ORDER BY started_at, id').all()
      : statement(db, 'SELECT * FROM crawl_runs WHERE site_id = ? ORDER BY started_at, id').all(
          siteId,
        )
  ) as RunRow[];
  return rows.map((row) => {
    const run: CrawlRun & { id: number } = {
      id: row.id,
      siteId: row.site_id,
      startedAt: row.started_at,
      new: row.new_count,
      updated: row.updated_count,
      unchanged: row.unchanged_count,
      failed: row.failed_count,
    };
    if (row.finished_at !== null) run.finishedAt = row.finished_at;
    if (row.error !== null) run.error = row.error;
    return run;
  });
}
