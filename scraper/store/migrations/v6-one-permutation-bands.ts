// Schema v6: repost bands from one-permutation MinHash signatures (shared/notice/near-duplicate.ts),
// which hash each shingle once instead of 64 times. Bands of the old signatures would never meet
// the new ones: every current notice's bands are computed again.
import type { Database } from 'better-sqlite3';
import { currentNotices, writeRepostBands } from '../search-index.ts';

export function onePermutationBands(db: Database): void {
  db.exec('DELETE FROM repost_bands');
  for (const { seq, notice } of currentNotices(db)) {
    writeRepostBands(db, seq, notice.bodyText, false);
  }
}
