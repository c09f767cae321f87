// Schema v5: the search index merges its segments less eagerly. FTS5 merges once 4 segments of a
// size have built up (automerge 4, its default); each batch of saves commits a new segment, and
// with trigrams of Chinese text nearly every term of a notice is new to it, so those merges
// rewrote much of the index again and again. At 8, saving the demo's 242 notices in batches
// took 8–12% less time, and 6,000 notices 10–16% less, while a search over those 6,000 took
// the same (6.9 against 7.0 ms). FTS5 keeps the setting in the index itself.
import type { Database } from 'better-sqlite3';

export const SEARCH_AUTOMERGE = 8;

export function searchAutomerge(db: Database): void {
  db.exec(`INSERT INTO notice_fts(notice_fts, rank) VALUES ('automerge', ${SEARCH_AUTOMERGE})`);
}
