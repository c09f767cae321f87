// Evidence: raw pages (gzip, once per sha256 of the bytes as fetched) and attachments (once
// per sha256 of their bytes, linked to every notice that lists them). Policy pages disappear;
// these rows are what is left when they do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Database } from 'better-sqlite3';
import { detectFileType, expectedFileType } from '../../shared/files/detect-file-type.ts';
import { statement } from './statements.ts';
import type { AttachmentInput, RawPage, RawPageInput, SavedAttachment } from './store-types.ts';

/**
 * gzip level for raw pages, here and in WARC files. The crawl's writer thread is what bounds
 * a crawl: on the MOST pages level 3 compressed in 3.4 ms what level 6 (zlib's default) did in
 * 6.4, to 27.2% of the size instead of 25.3%.
 */
export const RAW_PAGE_GZIP = { level: 3 } as const;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const toBytes = (body: Uint8Array | string) =>
  typeof body === 'string' ? new Uint8Array(Buffer.from(body, 'utf8')) : body;

export function saveRawPageIn(db: Database, page: RawPageInput): string {
  const bytes = toBytes(page.body);
  const hash = page.sha256 ?? sha256(bytes);
  statement(db, 'INSERT OR IGNORE INTO raw_pages VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    hash,
    page.url,
    page.fetchedAt,
    page.status ?? null,
    page.contentType ?? null,
    bytes.length,
    page.gzip ?? gzipSync(bytes, RAW_PAGE_GZIP),
  );
  return hash;
}

interface RawPageRow {
  sha256: string;
  url: string;
  fetched_at: string;
  status: number | null;
  content_type: string | null;
  size: number;
  gzip: Buffer;
}

export function getRawPageIn(db: Database, hash: string): RawPage | undefined {
  const row = statement(db, 'SELECT * FROM raw_pages WHERE sha256 = ?').get(hash) as
    | RawPageRow
    | undefined;
  if (!row) return undefined;
  const page: RawPage = {
    sha256: row.sha256,
    url: row.url,
    fetchedAt: row.fetched_at,
    size: row.size,
    body: new Uint8Array(gunzipSync(row.gzip)),
  };
  if (row.status !== null) page.status = row.status;
  if (row.content_type !== null) page.contentType = row.content_type;
  return page;
}

export function saveAttachmentIn(
  db: Database,
  input: AttachmentInput,
  now: string,
): SavedAttachment {
  const bytes = input.bytes ?? (input.path ? new Uint8Array(readFileSync(input.path)) : undefined);
  if (!bytes) throw new TypeError('saveAttachment needs bytes or a path');
  const hash = sha256(bytes);
  const detectedType = detectFileType(bytes.subarray(0, 2048));
  const expected = expectedFileType(input.name) ?? expectedFileType(input.url);
  const typeMismatch = expected !== undefined && expected !== detectedType;
  const stored =
    statement(db, 'INSERT OR IGNORE INTO attachments VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      hash,
      bytes.length,
      input.mime ?? null,
      detectedType,
      input.bytes ?? null,
      input.bytes ? null : (input.path ?? null),
      now,
    ).changes > 0;
  statement(db, 'INSERT OR REPLACE INTO notice_attachments VALUES (?, ?, ?, ?, ?)').run(
    input.noticeId,
    input.url,
    input.name,
    hash,
    typeMismatch ? 1 : 0,
  );
  return { sha256: hash, size: bytes.length, detectedType, typeMismatch, stored };
}
