// Schema v3: MinHash LSH bands of each body, so that a near-identical repost is found with an
// index lookup (see shared/notice/near-duplicate.ts). v4 re-keys the table; the back-fill here
// keeps writing v3's own rows, as released.
import type { Database } from 'better-sqlite3';
import { comparableBody } from '../../../shared/notice/content-hash.ts';
import { lshBands, textMinHash } from '../../../shared/notice/near-duplicate.ts';
import { currentNotices, MIN_REPOST_BODY } from '../search-index.ts';

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
  const insert = db.prepare('INSERT OR IGNORE INTO notice_bands VALUES (?, ?, ?)');
  for (const { notice } of currentNotices(db)) {
    const body = comparableBody(notice.bodyText);
    if (body.length < MIN_REPOST_BODY) continue;
    lshBands(textMinHash(body)).forEach((hash, band) => {
      insert.run(band, hash, notice.id);
    });
  }
}
