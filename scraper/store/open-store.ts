// Opens (or creates) the kjwatch store: one SQLite file in WAL mode, so a crawl can write
// while `search` and `serve` read. A file that is not SQLite, or an SQLite file of another
// application, is refused before anything is written to it.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { listRunsIn, recordRunIn } from './crawl-runs.ts';
import { getRawPageIn, saveAttachmentIn, saveRawPageIn } from './evidence.ts';
import { findRepost } from './find-repost.ts';
import { APPLICATION_ID, migrate } from './migrations/index.ts';
import { getNoticeIn, getNoticeVersionsIn, hasNoticeIn, iterateNoticesIn } from './read-notices.ts';
import { saveNotice } from './save-notice.ts';
import { saveNoticeBatch } from './save-notice-batch.ts';
import { searchNoticesIn } from './search-notices.ts';
import type { StoreContext } from './store-context.ts';
import { guardWrite, isNotADatabase, StoreError } from './store-error.ts';
import type { OpenStoreOptions, Store } from './store-types.ts';

export type { OpenStoreOptions } from './store-types.ts';

function connect(path: string, mustExist: boolean): Database.Database {
  if (mustExist && !existsSync(path)) {
    throw new StoreError('missing', `no database at ${path} (run a crawl first, or pass --db)`);
  }
  if (!mustExist) mkdirSync(dirname(path), { recursive: true });
  try {
    return new Database(path, { fileMustExist: mustExist });
  } catch (err) {
    throw new StoreError('cannot-open', `cannot open database ${path}: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

/** Reads the header only: nothing is written until the file is known to be ours. */
function checkIdentity(db: Database.Database, path: string): void {
  let appId: number;
  let tables: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    tables = (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
  } catch (err) {
    if (!isNotADatabase(err)) throw err;
    throw new StoreError(
      'not-a-database',
      `${path} is not a kjwatch database (not an SQLite file, or damaged)`,
      { cause: err },
    );
  }
  if (appId === APPLICATION_ID || (appId === 0 && tables === 0)) return;
  throw new StoreError(
    'not-a-database',
    `${path} is an SQLite file of another application, not a kjwatch database`,
  );
}

export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  const db = connect(path, options.mustExist ?? false);
  try {
    checkIdentity(db, path);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    // WAL makes NORMAL durable against application crashes; a power cut may lose the last commit.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    if (options.maxPageCount) db.pragma(`max_page_count = ${Math.floor(options.maxPageCount)}`);
    guardWrite('upgrading the database schema', path, () => migrate(db, path));
  } catch (err) {
    db.close();
    throw err;
  }
  const ctx: StoreContext = { db, path, now: options.now ?? (() => new Date().toISOString()) };
  return {
    path,
    options: { ...options },
    saveNotice: (notice, saveOptions) => saveNotice(ctx, notice, saveOptions),
    saveNotices: (items) => saveNoticeBatch(ctx, items),
    getNotice: (id) => getNoticeIn(db, id),
    getNoticeVersions: (id) => getNoticeVersionsIn(db, id),
    hasNotice: (id) => hasNoticeIn(db, id),
    findRepostOf: (notice) => findRepost(db, notice),
    listNotices: (filter) => [...iterateNoticesIn(db, filter)],
    iterateNotices: (filter) => iterateNoticesIn(db, filter),
    search: (query, searchOptions) => searchNoticesIn(db, query, searchOptions),
    saveRawPage: (page) =>
      guardWrite(`saving the page ${page.url}`, path, () =>
        db.transaction(() => saveRawPageIn(db, page)).immediate(),
      ),
    getRawPage: (sha256) => getRawPageIn(db, sha256),
    saveAttachment: (input) =>
      guardWrite(`saving the attachment ${input.url}`, path, () =>
        db.transaction(() => saveAttachmentIn(db, input, ctx.now())).immediate(),
      ),
    recordRun: (run) =>
      guardWrite(`recording a crawl of ${run.siteId}`, path, () =>
        db.transaction(() => recordRunIn(db, run)).immediate(),
      ),
    listRuns: (siteId) => listRunsIn(db, siteId),
    close: () => db.close(),
  };
}
