// Schema v2: full-text search. FTS5 with the trigram tokenizer finds any Chinese substring of
// three or more characters; the indexed text is folded (see writeSearchRow), so the index
// has its own content rather than pointing at the notices table.
import type { Database } from 'better-sqlite3';
import { currentNotices, writeSearchRow } from '../search-index.ts';

export function searchIndex(db: Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE notice_fts USING fts5(
      title, body, publisher, document_number,
      tokenize = 'trigram'
    );
    -- Inserts and updates go through the store (folding is JavaScript); a notice deleted by
    -- any means leaves the index with it.
    CREATE TRIGGER notices_fts_delete AFTER DELETE ON notices BEGIN
      DELETE FROM notice_fts WHERE rowid = old.seq;
    END;
  `);
  for (const { seq, notice } of currentNotices(db)) writeSearchRow(db, seq, notice);
}
