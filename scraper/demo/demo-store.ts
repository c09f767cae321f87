// The demo crawls into a fresh store. An earlier demo's database is replaced; anything else at
// that path (a researcher's real store, another program's file) is refused untouched. The
// check reads the file read-only: opening it as a store would already migrate its schema.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../store/migrations/index.ts';

export class NotADemoStoreError extends Error {
  override name = 'NotADemoStoreError';
}

/** Why the file at `path` is not a demo store, or undefined when it is one (or empty). */
export function notADemoStore(path: string): string | undefined {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return 'it cannot be opened as a kjwatch database';
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (appId === 0 && tables === 0) return undefined;
    if (appId !== APPLICATION_ID) return 'it is not a kjwatch database';
    // Demo notices all live on the replica sites of 127.0.0.1.
    const row = db
      .prepare("SELECT url FROM notices WHERE url NOT LIKE 'http://127.0.0.1:%' LIMIT 1")
      .get() as { url: string } | undefined;
    return row ? `it holds notices from real sites (${row.url})` : undefined;
  } catch {
    return 'it cannot be read as a kjwatch database';
  } finally {
    db.close();
  }
}

/**
 * Removes an earlier demo's database and what the crawler keeps beside it (its journal, the
 * resume state `<db>.crawl/`, the WARC folder when it is the demo's own), so the run starts
 * from nothing. Throws NotADemoStoreError, leaving everything in place, for any other file.
 */
export function prepareFreshStore(dbPath: string, outDir: string): void {
  if (existsSync(dbPath)) {
    const why = notADemoStore(dbPath);
    if (why) {
      throw new NotADemoStoreError(
        `will not replace ${dbPath}: ${why}; give the demo another place (--out DIR or --db PATH)`,
      );
    }
  }
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${dbPath}${suffix}`, { force: true });
  rmSync(`${dbPath}.crawl`, { recursive: true, force: true });
  if (dirname(dbPath) === outDir) rmSync(join(outDir, 'warc'), { recursive: true, force: true });
  rmSync(join(outDir, 'exports'), { recursive: true, force: true });
}
