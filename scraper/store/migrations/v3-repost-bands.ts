// Schema v3: MinHash LSH bands of each body, so that a near-identical repost is found with an
// index lookup (see shared/notice/near-duplicate.ts).
import type { Database } from 'better-sqlite3';
import { currentNotices, writeRepostBands } from '../search-index.ts';

export function repostBands(db: Database): void {
  db.exec(`
    CREATE TABLE notice_bands (
      band INTEGER NOT NULL,
      hash INTEGER NOT NULL,
      notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
      PRIMARY KEY (band, hash, notice_id)
    ) WITHOUT ROWID;
    CREATE INDEX notice_bands_notice ON notice_bands(notice_id);
  `);
  for (const { notice } of currentNotices(db)) writeRepostBands(db, notice.id, notice.bodyText);
}
