// Schema v4: repost bands keyed by integers, without a foreign key. v3's rows (band, hash,
// notice id text, checked against notices on every insert) made the bands most of a save's
// SQLite time: 16 rows per notice, ~140 ms of the writer thread per demo crawl. Now one integer
// key per band (band · 2³² + the band's hash as unsigned) and the notice's seq; a trigger
// removes a deleted notice's bands, as the search index's does.
import type { Database } from 'better-sqlite3';

export function repostBandKeys(db: Database): void {
  db.exec(`
    CREATE TABLE repost_bands (
      key INTEGER NOT NULL,
      seq INTEGER NOT NULL,              -- notices.seq
      PRIMARY KEY (key, seq)
    ) WITHOUT ROWID;
    INSERT INTO repost_bands
      SELECT b.band * 4294967296 + (b.hash & 4294967295), n.seq
      FROM notice_bands b JOIN notices n ON n.id = b.notice_id;
    DROP TABLE notice_bands;
    CREATE INDEX repost_bands_seq ON repost_bands(seq);
    CREATE TRIGGER notices_bands_delete AFTER DELETE ON notices BEGIN
      DELETE FROM repost_bands WHERE seq = old.seq;
    END;
  `);
}
