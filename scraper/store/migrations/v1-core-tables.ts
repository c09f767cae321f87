// Schema v1: notices with their versions, raw pages, attachments and crawl runs.
import type { Database } from 'better-sqlite3';

export function coreTables(db: Database): void {
  db.exec(`
    CREATE TABLE notices (
      seq INTEGER PRIMARY KEY,            -- rowid; the search index uses it
      id TEXT NOT NULL UNIQUE,            -- hash of the canonical URL (Notice.id)
      site_id TEXT,
      url TEXT NOT NULL,
      canonical_url TEXT NOT NULL,
      title TEXT NOT NULL,
      published_at TEXT,
      publisher TEXT,
      document_number TEXT,
      document_number_key TEXT,           -- normalised 文号: joins copies across sites
      body_fingerprint TEXT NOT NULL,     -- hash of the folded body: joins verbatim copies
      content_hash TEXT NOT NULL,
      version INTEGER NOT NULL,
      matches TEXT NOT NULL DEFAULT '[]', -- rule ids at the last save (JSON)
      repost_of TEXT REFERENCES notices(id),
      first_seen_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    );
    CREATE INDEX notices_site_date ON notices(site_id, published_at);
    CREATE INDEX notices_date ON notices(published_at);
    CREATE INDEX notices_document_number ON notices(document_number_key);
    CREATE INDEX notices_body ON notices(body_fingerprint);

    CREATE TABLE raw_pages (
      sha256 TEXT PRIMARY KEY,            -- of the bytes as fetched: each page is kept once
      url TEXT NOT NULL,
      fetched_at TEXT NOT NULL,
      status INTEGER,
      content_type TEXT,
      size INTEGER NOT NULL,
      gzip BLOB NOT NULL
    );

    CREATE TABLE notice_versions (
      notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      fetched_at TEXT,
      saved_at TEXT NOT NULL,
      raw_page TEXT REFERENCES raw_pages(sha256),
      json TEXT NOT NULL,                 -- the whole Notice as saved
      PRIMARY KEY (notice_id, version)
    );

    CREATE TABLE attachments (
      sha256 TEXT PRIMARY KEY,
      size INTEGER NOT NULL,
      mime TEXT,                          -- as the server declared it
      detected_type TEXT NOT NULL,        -- from the magic bytes
      bytes BLOB,
      path TEXT,
      first_seen_at TEXT NOT NULL,
      CHECK (bytes IS NOT NULL OR path IS NOT NULL)
    );

    CREATE TABLE notice_attachments (
      notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
      url TEXT NOT NULL,
      name TEXT NOT NULL,
      sha256 TEXT NOT NULL REFERENCES attachments(sha256),
      type_mismatch INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (notice_id, url)
    );

    CREATE TABLE crawl_runs (
      id INTEGER PRIMARY KEY,
      site_id TEXT NOT NULL,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      new_count INTEGER NOT NULL DEFAULT 0,
      updated_count INTEGER NOT NULL DEFAULT 0,
      unchanged_count INTEGER NOT NULL DEFAULT 0,
      failed_count INTEGER NOT NULL DEFAULT 0,
      error TEXT
    );
    CREATE INDEX crawl_runs_site ON crawl_runs(site_id, started_at);
  `);
}
